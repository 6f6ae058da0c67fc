/** A Cookie header's cookies, as a browser sends them ("a=1; b=2"); a part without a name is skipped. */
export function cookiesFromHeader(header: string | null | undefined): { name: string; value: string }[] {
  return (header ?? "").split(";").flatMap((part) => {
    const at = part.indexOf("=");
    return at > 0 ? [{ name: part.slice(0, at).trim(), value: part.slice(at + 1).trim() }] : [];
  });
}
