/**
 * Comments are plain text: stored without control characters (except line breaks and tabs), in
 * one Unicode form, and shown escaped. Runs of blank lines collapse to one.
 */
export function cleanCommentText(body: string): string {
  return body
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Whether `body` mentions `name` as "@name", not as the start of a longer name. */
export function mentionsName(body: string, name: string): boolean {
  const lowerBody = body.toLocaleLowerCase("en");
  const needle = `@${name.toLocaleLowerCase("en")}`;
  for (let at = lowerBody.indexOf(needle); at !== -1; at = lowerBody.indexOf(needle, at + 1)) {
    const next = lowerBody.charAt(at + needle.length);
    if (!/[\p{L}\p{N}]/u.test(next)) return true;
  }
  return false;
}
