import { ValidationError } from "../errors/domain-error";

// A lone surrogate: half of a pair (an emoji cut in two), which no UTF-8 text can hold.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why a string cannot be stored as text, or null. PostgreSQL refuses the NUL character in text,
 * and a lone surrogate cannot be written as UTF-8 at all: either would fail deep in a write as a
 * server error, so they are refused at the door with words instead.
 */
export function unstorableReason(text: string): string | null {
  if (text.includes("\u0000")) return "Text cannot contain the NUL character (U+0000).";
  if (LONE_SURROGATE.test(text)) return "Text holds half of a character (a lone surrogate, such as part of an emoji): copy it again from the original.";
  return null;
}

/**
 * Checks every string in a parsed request (keys too), however deeply nested, without recursion
 * (a body may nest as deep as its size allows). Throws a 400 naming what is wrong.
 */
export function assertStorableText(value: unknown): void {
  const pending: unknown[] = [value];
  while (pending.length) {
    const next = pending.pop();
    if (typeof next === "string") {
      const reason = unstorableReason(next);
      if (reason) throw new ValidationError(reason);
    } else if (Array.isArray(next)) {
      pending.push(...next);
    } else if (next && typeof next === "object") {
      for (const [key, inner] of Object.entries(next)) pending.push(key, inner);
    }
  }
}
