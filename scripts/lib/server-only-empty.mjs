// Stands in for the "server-only" marker outside Next.js (see outside-next.mjs).
export {};
