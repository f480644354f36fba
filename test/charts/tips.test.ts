import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { renderSvg } from "../../src/charts/render.ts";
import { describeFromChannels, tip } from "../../src/charts/tips.ts";

function marks(svg: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  return [...document.querySelectorAll(".tip-mark")].map((m) => ({
    tag: m.tagName.toLowerCase(),
    label: m.getAttribute("data-tip-label"),
    value: m.getAttribute("data-tip-value"),
    period: m.getAttribute("data-tip-period"),
    municipality: m.getAttribute("data-municipality"),
  }));
}
const render = (options: Plot.PlotOptions) => renderSvg(options, { label: "t", describedBy: "a" });

describe("details on demand written on the marks at build time", () => {
  it("a bar gets its category and its value in the axis' format and unit", () => {
    const svg = render({
      x: { label: "Antal børn →", tickFormat: (d: number) => `${d} stk` },
      y: { label: null },
      marks: [
        Plot.barX(
          [
            { name: "Plejefamilie", n: 39 },
            { name: "Hjemme", n: 120 },
          ],
          { y: "name", x: "n" },
        ),
      ],
    });
    expect(marks(svg)).toEqual([
      { tag: "rect", label: "Plejefamilie", value: "39 stk (antal børn)", period: null, municipality: null },
      { tag: "rect", label: "Hjemme", value: "120 stk (antal børn)", period: null, municipality: null },
    ]);
  });

  it("an explicit tip wins, in data order even when Plot drops a mark, and carries the municipality", () => {
    const data = [
      { name: "Kolding", code: 621, v: 2 },
      { name: "Vejle", code: 630, v: Number.NaN },
      { name: "Fredericia", code: 607, v: 3 },
    ];
    const svg = render({
      marks: [
        Plot.dot(data, {
          x: "v",
          y: "v",
          channels: {
            tip: tip((d: (typeof data)[number]) => ({
              label: d.name,
              value: `${d.v} pr. 1.000`,
              period: "2025",
              municipality: String(d.code),
            })),
          },
        }),
      ],
    });
    expect(marks(svg).map((m) => [m.label, m.value, m.period, m.municipality])).toEqual([
      ["Kolding", "2 pr. 1.000", "2025", "621"],
      ["Fredericia", "3 pr. 1.000", "2025", "607"],
    ]);
  });

  it("a line gets one invisible point per vertex, named by its month", () => {
    const svg = render({
      y: { label: "Mio. kr.", tickFormat: (d: number) => String(d).replace(".", ",") },
      marks: [
        Plot.line(
          [
            { date: new Date("2026-01-01T00:00:00Z"), v: 1.5 },
            { date: new Date("2026-02-01T00:00:00Z"), v: 2 },
          ],
          { x: "date", y: "v" },
        ),
      ],
    });
    expect(marks(svg)).toEqual([
      { tag: "circle", label: "januar 2026", value: "1,5 (mio. kr.)", period: null, municipality: null },
      { tag: "circle", label: "februar 2026", value: "2 (mio. kr.)", period: null, municipality: null },
    ]);
  });

  it("rules, text and hidden marks carry no details", () => {
    const svg = render({
      marks: [
        Plot.ruleY([0]),
        Plot.text(["a"], { x: 1, y: 1, text: (d: string) => d }),
        Plot.barY([1, 2], { x: (_: number, i: number) => i, y: (d: number) => d, ariaHidden: "true" }),
      ],
    });
    expect(marks(svg)).toEqual([]);
  });

  it("two numeric positions: x names the mark (with its axis title), y is the value", () => {
    const channels = { x: { value: [2025] }, y: { value: [0.86] } };
    expect(
      describeFromChannels(channels, 0, {
        x: { label: "Uge", tickFormat: (d: number) => String(d) },
        y: { label: "← under · mio. kr. · over →", tickFormat: (d: number) => `${Math.round(d * 100)} %` },
      }),
    ).toEqual({ label: "Uge 2025", value: "86 % (mio. kr.)" });
    // The rank axis has no ticks: its position is no name.
    expect(describeFromChannels(channels, 0, { x: { ticks: [] }, y: { label: null } })).toEqual({
      label: "",
      value: `0,9`,
    });
    expect(describeFromChannels({ x: { value: ["a"] } }, 0, {})).toBeUndefined();
    // A stacked bar's value is its length.
    expect(
      describeFromChannels({ y: { value: ["b"] }, x1: { value: [2] }, x2: { value: [7] } }, 0, {}),
    ).toEqual({ label: "b", value: "5" });
  });
});
