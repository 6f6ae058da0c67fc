import type { FigureValue } from "./annotation-view";

/** How a figure's value reads: "70,300,000 pieces of data", "3,000,000–7,000,000 calls per day". */
export function formatFigure(figure: FigureValue): string {
  const number = (n: number) => n.toLocaleString("en");
  if (figure.value === null) return figure.unit ? `no number stated (${figure.unit})` : "no number stated";
  const value = figure.valueMax === null ? number(figure.value) : `${number(figure.value)}–${number(figure.valueMax)}`;
  return figure.unit ? `${value} ${figure.unit}` : value;
}
