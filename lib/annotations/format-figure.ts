import type { FigureValue } from "./annotation-view";

/** How a figure's value reads: "70,300,000 pieces of data", "3,000,000–7,000,000 calls per day". */
export function formatFigure(figure: FigureValue): string {
  const number = (n: number) => n.toLocaleString("en");
  if (figure.value === null) return figure.unit ? `no number stated (${figure.unit})` : "no number stated";
  const value = figure.valueMax === null ? number(figure.value) : `${number(figure.value)}–${number(figure.valueMax)}`;
  // "1 month", not "1 months": durations are stored in the plural.
  const unit = figure.value === 1 && figure.valueMax === null ? figure.unit?.replace(/^(second|minute|hour|day|week|month|year|decade)s\b/, "$1") : figure.unit;
  return unit ? `${value} ${unit}` : value;
}
