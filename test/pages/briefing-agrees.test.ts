import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { periodName } from "../../src/charts/findings.ts";
import type { ChartSpec } from "../../src/charts/spec.ts";
import { loadDataset } from "../../src/data/load/dataset.ts";
import { isSuppressed } from "../../src/data/privacy/suppress.ts";
import { datasetAsOf } from "../../src/data/transform/as-of.ts";
import { resolveValue } from "../../src/data/transform/bound-values.ts";
import { snapshotFigures } from "../../src/data/transform/since-last.ts";
import { allFigures } from "../../src/figures/site-figures.ts";

const ROOT = join(import.meta.dirname, "../..");
const BRIEFINGS = join(ROOT, "content", "briefings");
const data = loadDataset(join(ROOT, "data"));

const attributes = (tag: string): Record<string, string> =>
  Object.fromEntries([...tag.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1] ?? "", m[2] ?? ""]));

/** What each chart on a page says about a bound value, or undefined when the chart does not show it. */
function chartSays(chart: ChartSpec, measure: string, period: string, area: string): number | undefined {
  const rows = chart.table.rows;
  const sum = (key: string) => rows.reduce((s, r) => s + Number(r[key] ?? 0), 0);
  if (chart.id === `${area}-budget` && chart.subtitle.includes(periodName(period))) {
    const column = {
      "korrigeret-budget": "correctedBudget",
      "forventet-regnskab": "expectedResult",
      "forventet-afvigelse": "deviation",
      "forbrug-til-dato": "spentToDate",
    }[measure];
    return column ? sum(column) : undefined;
  }
  if (chart.id === `${area}-forbrug` && measure === "forbrug-til-dato") {
    const row = rows.find((r) => r.monthName === periodName(period));
    return row ? Number(row.spent) : undefined;
  }
  if (chart.id === `${area}-${measure}`) {
    const row = rows.find((r) => r.periodName === periodName(period));
    return row && typeof row.value === "number" ? row.value : undefined;
  }
  return undefined;
}

describe("a briefing agrees with itself", () => {
  const files = readdirSync(BRIEFINGS).filter((f) => f.endsWith(".mdx"));
  it.each(files)(
    "%s: every bound value equals the chart data and the 'Siden sidst' row on the same page",
    (file) => {
      const source = readFileSync(join(BRIEFINGS, file), "utf8");
      const snapshot = /dataSnapshot: (\S+)/.exec(source)?.[1] ?? "";
      const committee = /committee: (\S+)/.exec(source)?.[1] ?? "";
      const asOf = datasetAsOf(data, snapshot);
      const charts = [...source.matchAll(/<Chart [^>]*\/>/g)].map((m) => {
        const id = attributes(m[0]).id ?? "";
        const chart = allFigures(asOf).find((f) => f.id === id);
        expect(chart, `${file}: chart ${id}`).toBeDefined();
        return chart as ChartSpec;
      });
      const sinceLast = snapshotFigures(asOf, committee, snapshot);
      let compared = 0;
      for (const match of source.matchAll(/<Value [^>]*\/>/g)) {
        const { measure = "", period = "", area } = attributes(match[0]);
        const bound = resolveValue(asOf, { measure, period, area });
        if (isSuppressed(bound.value)) continue;
        const areaId = area ?? bound.measure?.area ?? "";
        for (const chart of charts) {
          const said = chartSays(chart, measure, period, areaId);
          if (said === undefined) continue;
          expect(
            said,
            `${file}: <Value measure="${measure}" period="${period}"> against chart ${chart.id}`,
          ).toBeCloseTo(bound.value, 0);
          compared++;
        }
        const row = period === snapshot ? sinceLast.find((f) => f.key === `${areaId}/${measure}`) : undefined;
        if (row) {
          expect(row.value, `${file}: <Value measure="${measure}"> against "Siden sidst"`).toEqual(
            bound.value,
          );
          compared++;
        }
      }
      expect(compared, `${file}: nothing was compared`).toBeGreaterThan(0);
    },
  );
});
