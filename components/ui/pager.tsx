import { Link } from "@/components/ui/link";

type Params = Record<string, string | undefined>;

function href(path: string, params: Params): string {
  const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();
  return query ? `${path}?${query}` : path;
}

/**
 * The way through a list read a page at a time (lib/paging/keyset.ts): back to its first page
 * once past it, and on to the next while there is one. The other parameters of the address (a
 * search, a filter, another list's cursor) stay as they are. Not prefetched: each would be a
 * query the server runs for a page nobody may open.
 */
export function Pager({
  label,
  path,
  params,
  param = "cursor",
  next,
  nextText = "Next page",
}: {
  /** The navigation's accessible name ("Pages of stories"). */
  label: string;
  path: string;
  /** The address's parameters now. */
  params: Params;
  /** The parameter that holds this list's cursor. */
  param?: string;
  next: string | null;
  nextText?: string;
}) {
  const past = Boolean(params[param]);
  if (!past && !next) return null;
  return (
    <nav className="pager" aria-label={label}>
      {past && (
        <Link prefetch={false} href={href(path, { ...params, [param]: undefined })}>
          First page
        </Link>
      )}
      {next && (
        <Link prefetch={false} href={href(path, { ...params, [param]: next })}>
          {nextText}
        </Link>
      )}
    </nav>
  );
}

/** A page's query parameters that hold one value each, as a pager keeps them. */
export function singleParams(raw: Record<string, string | string[] | undefined>): Params {
  return Object.fromEntries(Object.entries(raw).filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== ""));
}
