"use client";

interface Props {
  /** From useGrowingList: what it knows of the list. */
  list: { hasMore: boolean; next: number; rest: number; watch(button: HTMLButtonElement | null): void; showMore(): void };
  what?: string;
}

/** The end of a list drawn a page at a time (useGrowingList): it brings the next page when seen or pressed. */
export function ShowMore({ list: { hasMore, next, rest, watch, showMore }, what }: Props) {
  if (!hasMore) return null;
  return (
    <button ref={watch} type="button" className="secondary show-more" onClick={showMore}>
      Show {next} more{what ? ` ${what}` : ""} of {rest}
    </button>
  );
}
