import { renderSvg } from "../../src/charts/render.ts";
import type { ChartSpec } from "../../src/charts/spec.ts";

/**
 * Renders a chart spec to SVG and normalises it so snapshots change only when the picture does:
 * numbers rounded to 2 decimals, one element per line.
 */
export function snapshotSvg(spec: ChartSpec): string {
  const svg = renderSvg(spec.plot, { label: spec.title, describedBy: `${spec.id}-alt` });
  return `${svg
    .replace(/\d+\.\d{3,}/g, (number) => String(Math.round(Number(number) * 100) / 100))
    .replace(/></g, ">\n<")}\n`;
}
