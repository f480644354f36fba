import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { CHART_WIDTH } from "./theme.ts";

/** Width of the phone variant: one SVG pixel is about one CSS pixel on a 390 px phone. */
export const NARROW_WIDTH = 360;

/**
 * Renders Plot options to an SVG string at build time, with a server-side DOM. The result is static
 * markup: no script is needed to see the chart.
 */
export function renderSvg(
  options: Plot.PlotOptions,
  { label, describedBy, idSuffix = "" }: { label: string; describedBy: string; idSuffix?: string },
): string {
  const { document } = parseHTML("<!doctype html><html><head></head><body></body></html>");
  const chart = Plot.plot({ ...options, document }) as unknown as Element;
  // Plot labels mark groups (aria-label="bar") without a role, which axe reports as prohibited.
  for (const group of chart.querySelectorAll("g[aria-label]:not([role])")) {
    group.setAttribute("role", "group");
  }
  // font-variant is no SVG presentation attribute in HTML (the Nu Html Checker rejects it); the
  // stylesheet sets tabular figures on chart text instead.
  for (const element of chart.querySelectorAll("[font-variant]")) element.removeAttribute("font-variant");
  if (idSuffix) suffixIds(chart, idSuffix);
  chart.setAttribute("role", "img");
  chart.setAttribute("aria-label", label);
  chart.setAttribute("aria-describedby", describedBy);
  chart.removeAttribute("aria-description");
  return chart.outerHTML;
}

/**
 * The phone variant of a chart drawn at the standard width: the same marks at NARROW_WIDTH, so Plot
 * picks fewer ticks and the text keeps its size. Charts with their own width (the tile map, whose
 * squares must stay square) have none and scale down instead.
 */
export function narrowOptions(options: Plot.PlotOptions): Plot.PlotOptions | undefined {
  if (options.width !== undefined && options.width !== CHART_WIDTH) return undefined;
  return { ...options, width: NARROW_WIDTH };
}

/** Keeps ids unique when a page holds two renderings of one chart. */
function suffixIds(chart: Element, suffix: string): void {
  const ids = [...chart.querySelectorAll("[id]")].map((element) => {
    const id = element.getAttribute("id") ?? "";
    element.setAttribute("id", `${id}${suffix}`);
    return id;
  });
  if (ids.length === 0) return;
  for (const element of chart.querySelectorAll("*")) {
    for (const attribute of [
      "clip-path",
      "mask",
      "fill",
      "stroke",
      "href",
      "marker-start",
      "marker-end",
      "marker-mid",
    ]) {
      const value = element.getAttribute(attribute);
      if (!value?.includes("#")) continue;
      const updated = ids.reduce(
        (text, id) =>
          text.replaceAll(`#${id})`, `#${id}${suffix})`).replace(new RegExp(`^#${id}$`), `#${id}${suffix}`),
        value,
      );
      element.setAttribute(attribute, updated);
    }
  }
}
