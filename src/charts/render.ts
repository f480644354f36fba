import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { textEms } from "./labels.ts";
import { CHART_WIDTH } from "./theme.ts";
import { withTips } from "./tips.ts";

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
  const chart = Plot.plot({ ...roomForAxisTitles(withTips(options)), document }) as unknown as Element;
  // Plot labels mark groups (aria-label="bar") without a role, which axe reports as prohibited.
  for (const group of chart.querySelectorAll("g[aria-label]:not([role])")) {
    group.setAttribute("role", "group");
  }
  // font-variant is no SVG presentation attribute in HTML (the Nu Html Checker rejects it); the
  // stylesheet sets tabular figures on chart text instead.
  for (const element of chart.querySelectorAll("[font-variant]")) element.removeAttribute("font-variant");
  if (idSuffix) suffixIds(chart, idSuffix);
  keepTextInside(chart, Number(chart.getAttribute("width") ?? options.width ?? CHART_WIDTH));
  // paint-order is SVG 2, not an attribute the HTML checker knows; as a style property it is valid.
  for (const element of chart.querySelectorAll("[paint-order]")) {
    const style = element.getAttribute("style");
    element.setAttribute(
      "style",
      `${style ? `${style.replace(/;?\s*$/, "")};` : ""}paint-order:${element.getAttribute("paint-order")}`,
    );
    element.removeAttribute("paint-order");
  }
  chart.setAttribute("role", "img");
  chart.setAttribute("aria-label", label);
  chart.setAttribute("aria-describedby", describedBy);
  chart.removeAttribute("aria-description");
  return chart.outerHTML;
}

/**
 * An x-axis title sits at the bottom of the margin under the tick labels; with Plot's default
 * 30 px margin it lands on the last tick ("1.000 kr. pr. år →" over "1.200"). Every chart with an
 * x-axis title at the bottom gets room for both lines.
 */
export function roomForAxisTitles(options: Plot.PlotOptions): Plot.PlotOptions {
  const x = options.x;
  const titled = x && typeof x.label === "string" && x.label !== "" && x.axis !== null && x.axis !== "top";
  if (!titled || options.margin !== undefined) return options;
  return { ...options, marginBottom: Math.max(options.marginBottom ?? 30, 44) };
}

/**
 * The phone variant of a chart drawn at the standard width: the same marks at NARROW_WIDTH, so Plot
 * picks fewer ticks and the text keeps its size. Charts with their own width (the tile map, whose
 * squares must stay square) have none and scale down instead.
 */
export function narrowOptions(options: Plot.PlotOptions): Plot.PlotOptions | undefined {
  if (options.width !== undefined && options.width !== CHART_WIDTH) return undefined;
  const narrow = { ...options, width: NARROW_WIDTH };
  const y = options.y;
  const domain = y?.domain;
  // Row labels on the left ("Voksne med handicap og psykiatri") would leave a phone no room for
  // the bars: they wrap onto lines of NARROW_LABEL_CHARACTERS in a narrower margin, and the rows
  // grow tall enough for them.
  if (
    !y ||
    y.axis === null ||
    !Array.isArray(domain) ||
    !domain.every((d) => typeof d === "string") ||
    (options.marginLeft ?? 0) <= NARROW_MARGIN
  )
    return narrow;
  const format = (typeof y.tickFormat === "function" ? y.tickFormat : (d: string) => d) as (
    d: string,
    i: number,
    all: unknown[],
  ) => unknown;
  const wrap = (d: string, i: number) =>
    wrapWords(String(format(d, i, [])), NARROW_LABEL_CHARACTERS).join("\n");
  const lines = Math.max(...domain.map((d, i) => wrap(d, i).split("\n").length));
  const rowHeight = Math.max(lines * 16 + 10, 30);
  const height = (options.marginTop ?? 20) + (options.marginBottom ?? 30) + domain.length * rowHeight;
  return {
    ...narrow,
    marginLeft: NARROW_MARGIN,
    height: Math.max(options.height ?? 0, height),
    y: { ...y, tickFormat: wrap },
  };
}

const NARROW_MARGIN = 130;
const NARROW_LABEL_CHARACTERS = 17;

/** Greedy word wrap to lines of at most `limit` characters (a longer word gets a line of its own). */
export function wrapWords(text: string, limit: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= limit) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
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

const EDGE = 2;

/**
 * The shared label rule: no text may leave the chart. The server-side DOM cannot measure text, so
 * each label's width is estimated from its characters. A label that would be cut at an edge moves
 * inside and gets a white halo (it may now sit on a bar); a label longer than the chart is wide is
 * broken into lines at " · ", and shrunk if it still does not fit.
 */
export function keepTextInside(chart: Element, width: number): void {
  for (const text of chart.querySelectorAll("text")) {
    if (/rotate/.test(text.getAttribute("transform") ?? "")) continue; // runs up the side, not across
    const fontSize = inherited(text, "font-size", 13);
    const lines = lineTexts(text);
    const bold = /bold|[6-9]00/.test(inheritedText(text, "font-weight", "normal")) ? 1.1 : 1;
    const extentOf = (texts: string[]) => Math.max(...texts.map(textEms)) * fontSize * bold * 1.05;
    let extent = extentOf(lines);
    if (extent > width - 2 * EDGE && lines.length === 1 && (lines[0] ?? "").includes(" · ")) {
      breakIntoLines(text, lines[0] ?? "", (width - 2 * EDGE) / fontSize / bold);
      extent = extentOf(lineTexts(text));
    }
    if (extent > width - 2 * EDGE) {
      const smaller = Math.max(9, Math.floor((fontSize * (width - 2 * EDGE)) / extent));
      text.setAttribute("font-size", String(smaller));
      extent = (extent * smaller) / fontSize;
    }
    const anchor = inheritedText(text, "text-anchor", "start");
    const x = offsetX(text);
    const left = anchor === "start" ? x : anchor === "end" ? x - extent : x - extent / 2;
    const shift =
      left < EDGE ? EDGE - left : left + extent > width - EDGE ? width - EDGE - (left + extent) : 0;
    if (Math.abs(shift) < 0.5) continue;
    text.setAttribute(
      "transform",
      `translate(${Math.round(shift * 10) / 10},0) ${text.getAttribute("transform") ?? ""}`.trim(),
    );
    text.setAttribute("stroke", "white");
    text.setAttribute("stroke-width", "3");
    text.setAttribute("paint-order", "stroke");
  }
}

function lineTexts(text: Element): string[] {
  const spans = [...text.querySelectorAll("tspan")];
  return spans.length > 0 ? spans.map((span) => span.textContent ?? "") : [text.textContent ?? ""];
}

/** Splits "a · b · c" into lines at most `limit` em wide, as Plot's own multi-line text does. */
function breakIntoLines(text: Element, content: string, limit: number): void {
  const lines: string[] = [];
  for (const part of content.split(" · ")) {
    const last = lines.at(-1);
    if (last !== undefined && textEms(`${last} · ${part}`) <= limit)
      lines[lines.length - 1] = `${last} · ${part}`;
    else lines.push(part);
  }
  const document = text.ownerDocument;
  text.textContent = "";
  text.removeAttribute("y");
  lines.forEach((line, i) => {
    const span = document.createElementNS("http://www.w3.org/2000/svg", "tspan");
    span.setAttribute("x", "0");
    span.setAttribute(i === 0 ? "y" : "dy", i === 0 ? `${0.32 - ((lines.length - 1) * 1.1) / 2}em` : "1.1em");
    span.textContent = line;
    text.append(span);
  });
}

function inherited(element: Element, attribute: string, fallback: number): number {
  for (
    let node: Element | null = element;
    node && node.tagName.toLowerCase() !== "svg";
    node = node.parentElement
  ) {
    const value = Number.parseFloat(node.getAttribute(attribute) ?? "");
    if (Number.isFinite(value)) return value;
  }
  return fallback;
}

function inheritedText(element: Element, attribute: string, fallback: string): string {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const value = node.getAttribute(attribute);
    if (value) return value;
    if (node.tagName.toLowerCase() === "svg") break;
  }
  return fallback;
}

/** The text's anchor x in the chart's coordinates: translations and x of it and its groups. */
function offsetX(element: Element): number {
  let x = 0;
  for (
    let node: Element | null = element;
    node && node.tagName.toLowerCase() !== "svg";
    node = node.parentElement
  ) {
    for (const match of (node.getAttribute("transform") ?? "").matchAll(/translate\(\s*(-?[\d.]+)/g))
      x += Number(match[1]);
    x += Number.parseFloat(node.getAttribute("x") ?? "0") || 0;
  }
  return x;
}
