/** The header proxy.ts gives every page request: the path and query the browser asked for. */
export const REQUEST_PATH_HEADER = "x-factmark-path";
