import * as Plot from "@observablehq/plot";
import { formatMonth, formatNumber } from "../i18n/format.ts";

/**
 * Details on demand: what one mark (bar, point, line vertex, map region, matrix cell) says when it is
 * hovered, tapped or focused. Computed at build time and written on the mark as data attributes; the
 * browser only shows them (src/scripts/chart-tips.ts), it never renders.
 */
export interface Tip {
  /** What the mark is: "3. Plejefamilie", "Kolding", "oktober 2026". */
  label: string;
  /** The value with its unit, in Danish format, or the withheld wording ("under 5", "skjult"). */
  value: string;
  /** The period the value is for, when the mark's label does not say it. */
  period?: string;
  /** The municipality's code, for restyling marks by municipality (comparison pages). */
  municipality?: string;
}

/** The attribute names, shared by the renderer, the island and the tests. */
export const TIP_ATTRIBUTES = {
  label: "data-tip-label",
  value: "data-tip-value",
  period: "data-tip-period",
  municipality: "data-municipality",
} as const;

/** The class every mark with details carries (and the invisible points on a line's vertices). */
export const TIP_CLASS = "tip-mark";

/**
 * A mark's explicit details: pass as the mark's `channels: { tip: tip((d) => …) }`. The channel
 * carries the details as JSON through Plot (Plot maps data to marks); the renderer turns them into
 * attributes.
 */
export function tip<T>(describe: (d: T) => Tip): (d: T) => string {
  return (d) => JSON.stringify(describe(d));
}

type Channels = Record<string, { value: unknown[]; label?: string; scale?: string }>;
type Values = Record<string, unknown> & { channels: Channels };

/** Marks that show data by default; others (rules, text, areas, outlines) only with an explicit tip. */
const DATA_MARKS = [Plot.BarX, Plot.BarY, Plot.Dot, Plot.Cell, Plot.Line, Plot.TickX];

/**
 * The options with every data mark wrapped so that, when Plot renders it, each element gets its
 * details. The marks themselves are not changed (a chart is rendered twice: wide and narrow).
 */
export function withTips(options: Plot.PlotOptions): Plot.PlotOptions {
  if (!options.marks) return options;
  const marks = (options.marks as unknown[]).flat(Number.POSITIVE_INFINITY);
  return {
    ...options,
    marks: marks.map((mark) => (mark instanceof Plot.Mark ? wrap(mark, options) : mark)) as Plot.Markish[],
  };
}

function wrap(mark: Plot.Mark, options: Plot.PlotOptions): Plot.Mark {
  const own = mark as unknown as {
    channels: Record<string, unknown>;
    ariaHidden?: string;
    render: (...args: unknown[]) => Element | null;
  };
  const explicit = "tip" in own.channels;
  if (!explicit && (own.ariaHidden === "true" || !DATA_MARKS.some((type) => mark instanceof type)))
    return mark;
  const wrapped = Object.create(mark) as typeof own;
  wrapped.render = function render(this: unknown, ...args: unknown[]) {
    const node = own.render.apply(this, args);
    const values = args[2] as Values;
    if (node) decorate(node, values, options, mark instanceof Plot.Line);
    return node;
  };
  return wrapped as unknown as Plot.Mark;
}

function decorate(node: Element, values: Values, options: Plot.PlotOptions, line: boolean): void {
  const describe = (i: number): Tip | undefined => {
    const given = values.channels.tip?.value[i];
    if (typeof given === "string") return JSON.parse(given) as Tip;
    return describeFromChannels(values.channels, i, options);
  };
  for (const element of [node, ...node.querySelectorAll("*")]) {
    const datum = (element as unknown as { __data__?: unknown }).__data__;
    if (typeof datum === "number") {
      const details = describe(datum);
      if (details) mark(element, details);
    } else if (line && Array.isArray(datum)) {
      // A line is one path: its vertices get invisible points that carry the details.
      const xs = values.x as number[] | undefined;
      const ys = values.y as number[] | undefined;
      if (!xs || !ys) continue;
      for (const i of datum as number[]) {
        const details = describe(i);
        const x = xs[i];
        const y = ys[i];
        if (!details || !Number.isFinite(x) || !Number.isFinite(y)) continue;
        const point = element.ownerDocument.createElementNS("http://www.w3.org/2000/svg", "circle");
        point.setAttribute("cx", String(Math.round((x as number) * 10) / 10));
        point.setAttribute("cy", String(Math.round((y as number) * 10) / 10));
        point.setAttribute("r", "4");
        point.setAttribute("class", "tip-point");
        // Seen only when active (the stylesheet paints it); never in a print or an exported image.
        point.setAttribute("fill", "none");
        point.setAttribute("stroke", "none");
        mark(point, details);
        element.parentElement?.append(point);
      }
    }
  }
}

function mark(element: Element, details: Tip): void {
  const existing = element.getAttribute("class");
  element.setAttribute("class", existing ? `${existing} ${TIP_CLASS}` : TIP_CLASS);
  element.setAttribute(TIP_ATTRIBUTES.label, details.label);
  element.setAttribute(TIP_ATTRIBUTES.value, details.value);
  if (details.period) element.setAttribute(TIP_ATTRIBUTES.period, details.period);
  if (details.municipality) element.setAttribute(TIP_ATTRIBUTES.municipality, details.municipality);
}

/**
 * Details read from what the mark plots: the categorical positions name the mark, a date is its
 * period, and the quantitative position is the value (a stacked bar's length), formatted as its axis
 * formats it and named by the axis title (which holds the unit). When both positions are numbers
 * (years, weeks), x names the mark and y is the value.
 */
export function describeFromChannels(
  channels: Channels,
  i: number,
  options: Plot.PlotOptions,
): Tip | undefined {
  const names: string[] = [];
  let period: string | undefined;
  const numbers: { axis: "x" | "y"; value: number }[] = [];
  for (const axis of ["y", "x"] as const) {
    const scale = options[axis];
    const format = scale && typeof scale.tickFormat === "function" ? scale.tickFormat : undefined;
    const own = channels[axis]?.value[i];
    const low = channels[`${axis}1`]?.value[i];
    const high = channels[`${axis}2`]?.value[i];
    const raw = own ?? (typeof low === "number" && typeof high === "number" ? high - low : low);
    if (raw instanceof Date) period ??= formatMonth(raw.toISOString().slice(0, 7));
    else if (typeof raw === "string")
      names.push(format ? String((format as (d: unknown, i: number) => unknown)(raw, 0)) : raw);
    else if (typeof raw === "number" && Number.isFinite(raw)) numbers.push({ axis, value: raw });
  }
  for (const name of ["fy", "fx", "z"]) {
    const raw = channels[name]?.value[i];
    if (typeof raw === "string") names.push(raw);
  }
  const value = numbers.find((n) => n.axis === "y" || numbers.length === 1);
  if (!value) return undefined;
  const named = numbers.find((n) => n !== value);
  if (named && names.length === 0 && !period) {
    const scale = options[named.axis];
    const ticks = scale && Array.isArray(scale.ticks) && scale.ticks.length === 0;
    if (!ticks) {
      const text = formatAxis(named.axis, named.value, options);
      const title = typeof scale?.label === "string" ? unitOf(scale.label) : "";
      names.push(title && !/\d/.test(title) ? `${title} ${text}` : text);
    }
  }
  const unit =
    typeof options[value.axis]?.label === "string" ? unitOf(options[value.axis]?.label as string) : "";
  const text = formatAxis(value.axis, value.value, options);
  const label = names.join(" · ") || period || "";
  return {
    label,
    value: unit ? `${text} (${unit.charAt(0).toLowerCase()}${unit.slice(1)})` : text,
    ...(period && label !== period ? { period } : {}),
  };
}

function formatAxis(axis: "x" | "y", value: number, options: Plot.PlotOptions): string {
  const format = options[axis]?.tickFormat;
  return typeof format === "function"
    ? String((format as (d: unknown, i: number) => unknown)(value, 0))
    : formatNumber(value, Number.isInteger(value) ? 0 : 1);
}

/** An axis title as a unit: arrows dropped; of "← under · mio. kr. · over →" the middle. */
function unitOf(label: string): string {
  const parts = label
    .replace(/\s*[→↑←↓]\s*/g, " ")
    .trim()
    .split(" · ");
  return (parts.length === 3 ? parts[1] : parts.join(" · "))?.trim() ?? "";
}
