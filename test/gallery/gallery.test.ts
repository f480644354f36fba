import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Dataset } from "../../src/data/load/dataset.ts";
import { snapshotSvg } from "../charts/snapshot.ts";
import { REPO_ROOT } from "../fixtures/public-dk.ts";
import { GALLERY, galleryData } from "./index.ts";

/** The chart modules: those in src/charts that export a `…Chart(` spec function. */
export function chartModules(files: readonly { name: string; text: string }[]): string[] {
  return files.filter((f) => /export function \w+Chart\(/.test(f.text)).map((f) => f.name);
}

/** Chart modules with no example in the gallery. */
export function missingExamples(modules: readonly string[], gallery: readonly { chart: string }[]): string[] {
  return modules.filter((module) => !gallery.some((example) => example.chart === module));
}

const chartsDir = join(REPO_ROOT, "src/charts");
const modules = chartModules(
  readdirSync(chartsDir)
    .filter((name) => name.endsWith(".ts"))
    .map((name) => ({ name, text: readFileSync(join(chartsDir, name), "utf8") })),
);

describe("the chart gallery", () => {
  let data: Dataset;
  beforeAll(() => {
    data = galleryData();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("has an example for every chart module in src/charts", () => {
    expect(modules.length).toBeGreaterThanOrEqual(17);
    expect(missingExamples(modules, GALLERY)).toEqual([]);
  });

  it("fails for a chart module without an example (planted)", () => {
    const planted = chartModules([{ name: "bridge.ts", text: "export function bridgeChart(input) {}" }]);
    expect(missingExamples([...modules, ...planted], GALLERY)).toEqual(["bridge.ts"]);
  });

  it("names every example once", () => {
    expect(new Set(GALLERY.map((e) => e.name)).size).toBe(GALLERY.length);
  });

  for (const example of GALLERY) {
    it(`${example.name}: a stated title, a text alternative, a table, and the golden SVG, with no Plot warning`, async () => {
      const warn = vi.spyOn(console, "warn");
      const spec = example.spec(data);
      const svg = snapshotSvg(spec);
      expect(warn).not.toHaveBeenCalled();
      expect(spec.title.length).toBeGreaterThan(10);
      expect(spec.alt.length).toBeGreaterThan(20);
      expect(spec.table.rows.length).toBeGreaterThan(0);
      await expect(svg).toMatchFileSnapshot(`../snapshots/gallery/${example.name}.svg`);
    });
  }
});
