import type { Rgb } from "./page-layout";

/**
 * The PDF report's colours (0–1 per channel), in one place so a test can hold each to WCAG's
 * 4.5:1 against the white page (colours.test.ts): the report is read printed and on screens.
 */
export const PDF_PAGE: Rgb = [1, 1, 1];
export const PDF_TEXT: Rgb = [0, 0, 0];
/** Context around a quote, dates and notes: quieter than the text, still 7:1. */
export const PDF_GREY: Rgb = [0.33, 0.33, 0.33];
/** Article titles: the app's accent blue. */
export const PDF_ACCENT: Rgb = [0.12, 0.37, 0.55];

/** WCAG 2's relative luminance of an sRGB colour. */
export function relativeLuminance([r, g, b]: Rgb): number {
  const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2's contrast ratio between two colours, from 1 (none) to 21 (black on white). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
