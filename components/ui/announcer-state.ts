/**
 * What the page's two live regions say (announcer.tsx). A screen reader speaks a region when its
 * text changes, so: a message that arrives while the last one is still fresh is added to it
 * (three live changes in one moment are all heard, not just the last), unless it replaces it
 * (where the keyboard went: only where it stopped matters, when j is pressed quickly); the same message twice
 * is still spoken twice (a space that cannot be heard is toggled at its end); a message already
 * being said is not said again.
 */
export type Politeness = "polite" | "assertive";

export interface Region {
  text: string;
  /** When the region last changed (ms). */
  at: number;
}

export type AnnouncerState = Record<Politeness, Region>;

export const initialAnnouncer: AnnouncerState = { polite: { text: "", at: 0 }, assertive: { text: "", at: 0 } };

/** Messages closer together than this are spoken as one. */
export const JOIN_WITHIN_MS = 400;

const QUIET = "\u00a0";
const plainText = (text: string) => (text.endsWith(QUIET) ? text.slice(0, -1) : text);

/** "join": added to a fresh message (others' changes); "replace": said instead of it (where the keyboard went). */
export type Joining = "join" | "replace";

export function announced(state: AnnouncerState, message: string, politeness: Politeness, now: number, joining: Joining = "join"): AnnouncerState {
  const text = message.replace(/\s+/g, " ").trim();
  if (!text) return state;
  const region = state[politeness];
  const current = plainText(region.text);
  let next: string;
  if (joining === "join" && now - region.at < JOIN_WITHIN_MS && current) {
    if (current === text || current.endsWith(` ${text}`)) return state;
    next = `${current} ${text}`;
  } else {
    next = current === text && !region.text.endsWith(QUIET) ? `${text}${QUIET}` : text;
  }
  return { ...state, [politeness]: { text: next, at: now } };
}

/** The region emptied (after a while), so that reading the page later does not find old news. */
export function cleared(state: AnnouncerState, politeness: Politeness, now: number): AnnouncerState {
  return state[politeness].text === "" ? state : { ...state, [politeness]: { text: "", at: now } };
}
