/**
 * An address as the page it names, for telling whether two addresses are one page: no fragment,
 * no trailing slash on the path, scheme and host in lower case (URL does that). An address that
 * does not parse is compared as written.
 */
export function samePageAddress(address: string): string {
  try {
    const url = new URL(address.trim());
    url.hash = "";
    url.pathname = url.pathname.replace(/\/+$/, "") || "/";
    return url.href.replace(/\/$/, "");
  } catch {
    return address.trim();
  }
}
