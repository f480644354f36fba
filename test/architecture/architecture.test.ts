import { describe, expect, it } from "vitest";
import {
  chartsImportLoaders,
  chartsImportUpward,
  dataImportsPresentation,
  environmentReadsOutsideOptions,
  hardCodedThreshold,
  importsOf,
  type SourceFile,
  sourceFiles,
  tablesOutsideDataTable,
} from "./rules.ts";

const tree = sourceFiles();

const rules = {
  "src/data imports nothing from charts, figures, pages, components, layouts or publish":
    dataImportsPresentation,
  "charts import no loaders": chartsImportLoaders,
  "charts import nothing from figures, pages, components or layouts": chartsImportUpward,
  "no <table> outside DataTable.astro": tablesOutsideDataTable,
  "no hard-coded suppression threshold in copy": hardCodedThreshold,
  "only src/build-options.ts reads UDVALGSBRIEF_*": environmentReadsOutsideOptions,
};

/** One planted violation per rule, in memory. */
const planted: Record<keyof typeof rules, SourceFile> = {
  "src/data imports nothing from charts, figures, pages, components, layouts or publish": {
    path: "src/data/transform/planted.ts",
    text: 'import { CHART_WIDTH } from "../../charts/theme.ts";\n',
  },
  "charts import no loaders": {
    path: "src/charts/planted.ts",
    text: 'import { dataset } from "../data/site-data.ts";\n',
  },
  "charts import nothing from figures, pages, components or layouts": {
    path: "src/charts/planted.ts",
    text: 'import { allFigures } from "../figures/site-figures.ts";\n',
  },
  "no <table> outside DataTable.astro": {
    path: "src/components/Planted.astro",
    text: "---\n---\n<table><tr><td>1</td></tr></table>\n",
  },
  "no hard-coded suppression threshold in copy": {
    path: "src/charts/planted.ts",
    text: 'export const note = "Antal under\\u00a05 vises ikke.";\n',
  },
  "only src/build-options.ts reads UDVALGSBRIEF_*": {
    path: "scripts/planted.mjs",
    text: 'const data = process.env.UDVALGSBRIEF_DATA_DIR ?? "data";\n',
  },
};

describe("architecture", () => {
  it("reads the whole tree (sanity: the rules have something to check)", () => {
    expect(tree.length).toBeGreaterThan(150);
    expect(tree.some((f) => f.path === "src/components/DataTable.astro")).toBe(true);
  });

  for (const [name, rule] of Object.entries(rules) as [
    keyof typeof rules,
    (f: readonly SourceFile[]) => unknown[],
  ][]) {
    it(`${name}: the tree has no violation`, () => {
      expect(rule(tree)).toEqual([]);
    });
    it(`${name}: a planted violation fails`, () => {
      expect(rule([...tree, planted[name]])).toEqual([expect.objectContaining({ file: planted[name].path })]);
    });
  }

  it("resolves relative imports to repository paths and keeps packages by name", () => {
    const file = {
      path: "src/charts/x.ts",
      text: 'import * as Plot from "@observablehq/plot";\nimport { a } from "../data/load/csv.ts";\nexport { b } from "./y.ts";\nconst c = await import("node:fs");\n',
    };
    expect(importsOf(file)).toEqual([
      "@observablehq/plot",
      "src/data/load/csv.ts",
      "src/charts/y.ts",
      "node:fs",
    ]);
  });

  it("tells a count threshold from a share: 'under 5 %' is allowed, 'under 5' and 'under&nbsp;5' are not", () => {
    const file = (text: string) => [{ path: "src/x.astro", text }];
    expect(hardCodedThreshold(file("På niveau: under 5 % fra."))).toEqual([]);
    expect(hardCodedThreshold(file("under 2,5 mio. kr."))).toEqual([]);
    expect(hardCodedThreshold(file("vises som under 5"))).toHaveLength(1);
    expect(hardCodedThreshold(file("vises som under&nbsp;5."))).toHaveLength(1);
  });
});
