/**
 * Takes the script nonce off the page's external scripts (`<script src>`) and preloads (`<link>`),
 * leaving it on inline scripts, as the page's HTML streams out.
 *
 * Why: Chromium keys its in-memory cache of compiled scripts on how each script was fetched,
 * nonce included, so a nonce that changes with every page (as a nonce must) made every page load
 * compile Next.js's chunks anew: about 70 ms of main-thread time on the article page (a fixed
 * nonce, or none, measured as fast as no policy at all). Same-origin scripts are allowed by the
 * policy's 'self' instead (lib/http/content-security-policy.ts); inline scripts still need this
 * response's nonce, so an injected script still does not run.
 *
 * Only ever removes a nonce, so whatever it meets it can never let a script run that would not
 * have run before. It relies on what Next.js and React write: a raw `<` in the HTML starts a tag
 * (text and inline script bodies have theirs escaped), so a tag cut between two chunks is held
 * back until its end arrives.
 */
export interface NonceStripper {
  /** The chunk with the nonces removed, less any unfinished tag at its end (kept for the next chunk). */
  push(chunk: string): string;
  /** Whatever was held back. */
  end(): string;
}

const NONCED_TAG = /<(?:script\b[^>]*\ssrc=|link\b)[^>]*>/gi;
const NONCE_ATTRIBUTE = /\snonce=(?:"[^"]*"|'[^']*'|[^\s>]+)/gi;

export function createNonceStripper(): NonceStripper {
  let held = "";
  const strip = (html: string) => html.replace(NONCED_TAG, (tag) => tag.replace(NONCE_ATTRIBUTE, ""));
  return {
    push(chunk) {
      const text = held + chunk;
      const open = text.lastIndexOf("<");
      const cut = open !== -1 && text.indexOf(">", open) === -1 ? open : text.length;
      held = text.slice(cut);
      return strip(text.slice(0, cut));
    },
    end() {
      const rest = held;
      held = "";
      return strip(rest);
    },
  };
}
