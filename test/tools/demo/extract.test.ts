import { describe, expect, it } from "vitest";
import { ExtractRow } from "../../../src/data/schemas/extract.ts";
import { aggregateRows } from "../../../tools/aggregate/rows.ts";
import {
  calibratedEntries,
  scaleForEpisodes,
  syntheticExtract,
  transitionProbabilities,
} from "../../../tools/demo/extract.ts";
import { DEMO_LADDERS, demoLadderSteps, demoMapping } from "../../../tools/demo/ladder.ts";

const years = { first: 2022, last: 2025 };
const extract = [...syntheticExtract({ seed: 11, years })];

describe("syntheticExtract", () => {
  it("is the same for the same seed and differs for another", () => {
    expect([...syntheticExtract({ seed: 11, years })]).toEqual(extract);
    expect([...syntheticExtract({ seed: 12, years })]).not.toEqual(extract);
  });

  it("writes rows that pass the extract's schema, with pseudonymised keys and only mapped codes", () => {
    const mapped = new Set(demoMapping().map((row) => `${row.area}/${row.code}`));
    const refused = extract.filter(
      (row) =>
        !ExtractRow.safeParse({ ...row, price_per_year: String(row.price_per_year) }).success ||
        !/^P\d{6,}$/.test(row.person_key) ||
        !mapped.has(`${row.area}/${row.service_code}`),
    );
    expect(refused).toEqual([]);
  });

  it("uses Barnets Lov codes for children's episodes that start from 2024, SEL codes before", () => {
    const children = extract.filter(
      (row) => row.area === "born-familie" && !/^(DTL|FSL)/.test(row.service_code),
    );
    expect(
      children.filter((row) => row.start_date >= "2024").every((row) => row.service_code.startsWith("BL-")),
    ).toBe(true);
    expect(
      children.filter((row) => row.start_date < "2024").every((row) => row.service_code.startsWith("SEL-")),
    ).toBe(true);
  });

  it("stops at exactly the asked number of episodes", () => {
    const scale = scaleForEpisodes(5_000, { seed: 3, years });
    expect([...syntheticExtract({ seed: 3, years, scale, limit: 5_000 })]).toHaveLength(5_000);
  });

  it("gives the demo ladders their size: about 1,400 children and 1,500 adults, most spend on few at the top", () => {
    const tables = aggregateRows(extract, demoMapping(), demoLadderSteps(), years);
    const lastYear = (area: string) =>
      tables.stocks.filter((row) => row.area === area && row.period === 2025);
    const total = (rows: { citizens: number }[]) => rows.reduce((sum, row) => sum + row.citizens, 0);
    expect(total(lastYear("born-familie"))).toBeGreaterThan(1_200);
    expect(total(lastYear("born-familie"))).toBeLessThan(1_700);
    expect(total(lastYear("voksne-handicap"))).toBeGreaterThan(1_300);
    expect(total(lastYear("voksne-handicap"))).toBeLessThan(1_800);
  });
});

describe("transitionProbabilities", () => {
  it("sends most people who move one step down rather than up", () => {
    for (const ladder of DEMO_LADDERS) {
      ladder.steps.forEach((_, order) => {
        const p = transitionProbabilities(ladder.steps, order);
        expect(p.reduce((sum, x) => sum + x, 0)).toBeCloseTo(1);
        const down = p.slice(0, order).reduce((sum, x) => sum + x, 0);
        const up = p.slice(order + 1, -1).reduce((sum, x) => sum + x, 0);
        if (order > 0) expect(down, `${ladder.area} ${order}`).toBeGreaterThan(up);
      });
    }
  });
});

describe("calibratedEntries", () => {
  it("lets every step take in people from outside", () => {
    for (const ladder of DEMO_LADDERS) {
      for (const rate of calibratedEntries(ladder.steps)) expect(rate).toBeGreaterThan(0);
    }
  });
});
