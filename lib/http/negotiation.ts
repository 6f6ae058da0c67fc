/** What a request's headers ask of an answer the server prepared in advance. */

/** Whether an Accept-Encoding header takes gzip: by name or by *, and not with q=0. */
export function acceptsGzip(acceptEncoding: string | string[] | undefined): boolean {
  return String(acceptEncoding ?? "")
    .split(",")
    .some((entry) => {
      const [name, ...parameters] = entry.split(";").map((part) => part.trim().toLowerCase());
      const q = parameters.find((parameter) => parameter.startsWith("q="));
      return (name === "gzip" || name === "*") && (q === undefined || Number(q.slice(2)) > 0);
    });
}

/**
 * Whether an If-None-Match header names this entity tag: one of a list, compared weakly (a
 * browser may send back W/"…"), or *.
 */
export function matchesEtag(ifNoneMatch: string | null | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const strong = etag.replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => {
    const trimmed = tag.trim();
    return trimmed === "*" || trimmed.replace(/^W\//, "") === strong;
  });
}
