import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/data/load/dataset.ts";
import { deliveries } from "../../../src/data/transform/data-quality.ts";

const data = loadDataset(join(import.meta.dirname, "../../../data"));

describe("deliveries", () => {
  it("finds nothing late in the demo, and names the tables", () => {
    const rows = deliveries(data);
    expect(rows.filter((r) => r.late)).toEqual([]);
    expect(new Set(rows.map((r) => r.table))).toEqual(
      new Set(["finance.csv", "activity.csv", "ladder/stocks.csv"]),
    );
    // The public benchmarks are not the municipality's deliveries (their age is on /data/kilder/).
    const labels = new Set(rows.map((r) => r.series));
    for (const q of data.publicQueries) expect(labels.has(q.label), q.label).toBe(false);
  });
  it("calls a monthly series late when the data date has moved on without it, and lists missing months", () => {
    const later = { ...data, site: { ...data.site, dataAsOf: "2026-11-30" } };
    const placements = deliveries(later).find(
      (r) => r.series === "Anbragte børn og unge" && r.table === "activity.csv",
    );
    expect(placements).toMatchObject({ late: true, last: "2026-10", expected: "2026-11" });
    const gap = {
      ...data,
      activity: data.activity.filter((r) => !(r.measure_id === "anbringelser" && r.period === "2025-03")),
    };
    expect(
      deliveries(gap).find((r) => r.series === "Anbragte børn og unge" && r.table === "activity.csv")
        ?.missing,
    ).toEqual(["2025-03"]);
  });
});
