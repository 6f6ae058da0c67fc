/**
 * The report on screen is read a page of entries at a time: a year's story holds hundreds of
 * approved annotations, and one page of all of them was most of a megabyte of HTML (the whole
 * report stays in every download).
 */
export const ENTRIES_PER_PAGE = 50;

export interface ReportPageSlice {
  /** 1-based. */
  page: number;
  pages: number;
  /** Index of the first entry shown, and one past the last. */
  from: number;
  to: number;
}

/** The page asked for by `?page=`, held within the report's pages (a page past the end shows the last). */
export function reportPageSlice(total: number, requested: number, perPage = ENTRIES_PER_PAGE): ReportPageSlice {
  const pages = Math.max(1, Math.ceil(total / perPage));
  const page = Math.min(Math.max(1, Number.isInteger(requested) ? requested : 1), pages);
  const from = (page - 1) * perPage;
  return { page, pages, from, to: Math.min(total, from + perPage) };
}
