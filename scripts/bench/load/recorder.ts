/** The route groups the load benchmark reports on, each with its own target. */
export type RouteGroup = "reads" | "writes" | "reports";

export interface GroupFigures {
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
}

/** Nearest-rank percentile of an ascending list. */
export function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/**
 * Every request's time by route group, and every failure with what it was, so a run that went
 * wrong says how.
 */
export class Recorder {
  private times = new Map<RouteGroup, number[]>();
  private failures = new Map<RouteGroup, number>();
  private byRoute = new Map<string, number[]>();
  readonly problems = new Map<string, number>();

  record(group: RouteGroup, ms: number, ok: boolean, problem?: string, route?: string): void {
    if (!this.times.has(group)) this.times.set(group, []);
    this.times.get(group)!.push(ms);
    if (route) {
      if (!this.byRoute.has(route)) this.byRoute.set(route, []);
      this.byRoute.get(route)!.push(ms);
    }
    if (!ok) {
      this.failures.set(group, (this.failures.get(group) ?? 0) + 1);
      const key = `${group}: ${problem ?? "failed"}`;
      this.problems.set(key, (this.problems.get(key) ?? 0) + 1);
    }
  }

  figures(group: RouteGroup): GroupFigures {
    const sorted = [...(this.times.get(group) ?? [])].sort((a, b) => a - b);
    return { requests: sorted.length, errors: this.failures.get(group) ?? 0, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), p99: percentile(sorted, 0.99) };
  }

  /** Each route's count, p50 and p95, slowest p95 first. */
  routes(): { route: string; requests: number; p50: number; p95: number }[] {
    return [...this.byRoute]
      .map(([route, list]) => {
        const sorted = [...list].sort((a, b) => a - b);
        return { route, requests: sorted.length, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
      })
      .sort((a, b) => b.p95 - a.p95);
  }

  get total(): number {
    return [...this.times.values()].reduce((sum, list) => sum + list.length, 0);
  }

  get errors(): number {
    return [...this.failures.values()].reduce((sum, n) => sum + n, 0);
  }
}

/**
 * One timed request: its time goes to `group`, and anything but `expect` (or a network error)
 * counts as a failure. Answers the parsed JSON body, or null when it failed.
 */
export async function timed<T>(recorder: Recorder, group: RouteGroup, url: string, init: RequestInit & { expect?: number } = {}): Promise<T | null> {
  const started = performance.now();
  try {
    const response = await fetch(url, init);
    const text = await response.text();
    const ok = response.status === (init.expect ?? 200);
    const route = `${init.method ?? "GET"} ${routeShape(url)}`;
    recorder.record(group, performance.now() - started, ok, ok ? undefined : `${route} answered ${response.status}: ${text.slice(0, 160)}`, route);
    if (!ok) return null;
    return (response.headers.get("content-type")?.includes("json") ? JSON.parse(text) : text) as T;
  } catch (error) {
    recorder.record(group, performance.now() - started, false, `${init.method ?? "GET"} ${routeShape(url)}: ${(error as Error).message}`);
    return null;
  }
}

/** A path with its ids (Prisma's cuids, or UUIDs where a row is written in SQL) replaced, so failures group by route. */
const routeShape = (url: string) => {
  const { pathname, searchParams } = new URL(url);
  const format = searchParams.get("format");
  return pathname.replace(/\/(?:c[a-z0-9]{20,}|[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})(?=\/|$)/g, "/:id") + (format ? `?format=${format}` : "");
};
