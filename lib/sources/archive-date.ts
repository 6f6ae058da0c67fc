/** How an archived copy's date reads everywhere (panel, copy page, reports): "24 Nov 2026", in UTC so every reader sees the same day. */
export function archiveDate(iso: string | Date): string {
  return new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}
