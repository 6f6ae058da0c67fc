import type { Token } from "./tokens";

/**
 * Times that are quantities, not dates: a race time ("2:02:57", "66:54", "in 2:01") and a duration
 * written in parts ("2 hours 17 minutes 1 second", "two hours and 56 minutes"), both in seconds.
 * A clock time ("at 8:30", "2:45 p.m.") is not one.
 */
const SECONDS: Record<string, number> = { hour: 3600, hours: 3600, minute: 60, minutes: 60, second: 1, seconds: 1, hr: 3600, hrs: 3600, min: 60, mins: 60, sec: 1, secs: 1 };
const CLOCK_AFTER = /^(?:am|pm|a|p|gmt|utc|bst|cet|et|pt|est|edt|pst|pdt|o'clock)$/;
/** Words before a two-part reading that make it a race time ("in 2:01", "under 2:01"), not a clock time. */
const RACE_BEFORE = new Set(["in", "under", "of", "clocked", "ran", "run", "time", "finish", "finished", "record", "best"]);

const glued = (t: Token | undefined, text: string) => t !== undefined && t.text === text && !t.spaced;
const twoDigits = (t: Token | undefined) => t !== undefined && t.kind === "number" && /^\d{2}$/.test(t.text) && !t.spaced;

/** A race time starting at token `i`: its end and its length in seconds, or null. */
export function readRaceTime(tokens: Token[], i: number): { to: number; seconds: number } | null {
  const first = tokens[i];
  if (first?.kind !== "number" || !/^\d{1,3}$/.test(first.text) || !glued(tokens[i + 1], ":") || !twoDigits(tokens[i + 2])) return null;
  const a = Number(first.text);
  const b = Number(tokens[i + 2].text);
  if (glued(tokens[i + 3], ":") && twoDigits(tokens[i + 4])) return { to: i + 5, seconds: a * 3600 + b * 60 + Number(tokens[i + 4].text) };
  // Two parts: minutes and seconds when the first is no hour of the day, or when the words say it is a time run.
  if (CLOCK_AFTER.test(tokens[i + 3]?.norm ?? "")) return null;
  if (a >= 24 || RACE_BEFORE.has(tokens[i - 1]?.norm ?? "")) return { to: i + 3, seconds: a * 3600 + b * 60 };
  return null;
}

/** The seconds one time unit word stands for ("minutes" is 60), or null for any other word. */
export const secondsIn = (word: string): number | null => SECONDS[word] ?? null;

/**
 * Where a duration in parts ends, from the token after its first part ("2 hours| 17 minutes 1
 * second"): the later parts and their seconds, or null when no part follows.
 */
export function readMoreParts(tokens: Token[], to: number): { to: number; seconds: number } | null {
  let at = to;
  let seconds = 0;
  for (;;) {
    let next = at;
    if (tokens[next]?.norm === "and" || tokens[next]?.text === ",") next += 1;
    const n = tokens[next];
    const unit = secondsIn(tokens[next + 1]?.norm ?? "");
    if (n?.kind !== "number" && !/^(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)$/.test(n?.norm ?? "")) break;
    if (unit === null || unit >= 3600) break;
    const value = n.kind === "number" ? Number(n.text) : WORDS[n.norm];
    if (!Number.isFinite(value)) break;
    seconds += value * unit;
    at = next + 2;
  }
  return at === to ? null : { to: at, seconds };
}

const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20, thirty: 30, forty: 40, fifty: 50 };
