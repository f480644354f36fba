import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCalendarDate } from "../../../src/data/schemas/fields.ts";
import type { LadderStepRow } from "../../../src/data/schemas/ladder.ts";
import { dayNumber, episodeCollector, isoDateOf, parseIsoDay } from "../../../tools/aggregate/episodes.ts";
import { ladderLayout } from "../../../tools/aggregate/layout.ts";
import { emptyLog, readHeader, recordValidator, safeFound } from "../../../tools/aggregate/validate.ts";

const steps: LadderStepRow[] = ["let", "tung"].map((step_id, order) => ({
  area: "a",
  step_id,
  order,
  title: step_id,
  description: "-",
  legal_basis: "-",
}));
const mappingRows = [
  { area: "a", code: "L1", step_id: "let" },
  { area: "a", code: "T1", step_id: "tung" },
];
const { layout } = ladderLayout(steps, { rows: mappingRows, rowNumbers: [1, 2], issues: [] }, "mapping.csv");
const HEADER = [
  "person_key",
  "area",
  "service_code",
  "provider_type",
  "start_date",
  "end_date",
  "price_per_year",
];

/** Validates records with or without the fast lane; returns what was collected and what was reported. */
function validate(records: string[][], fastLane: boolean) {
  const log = emptyLog();
  const collector = episodeCollector(4);
  const columns = readHeader("x.csv", HEADER, log);
  if (!columns) throw new Error("header refused");
  const check = recordValidator("x.csv", columns, layout, collector, log, { fastLane });
  records.forEach((cells, index) => {
    check(index + 1, cells);
  });
  const table = collector.table();
  return {
    episodes: [...table.step].map((step, i) => [
      table.person[i],
      step,
      table.start[i],
      table.end[i],
      table.price[i],
    ]),
    issues: log.issues,
    unmapped: [...log.unmapped.values()],
  };
}

/** Mostly right values, sometimes a nearly right or wrong one, so both lanes are exercised. */
function cellOf(right: string[], wrong: string[]) {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...right), weight: 4 },
    { arbitrary: fc.constantFrom(...wrong), weight: 1 },
  );
}
const cell = {
  key: cellOf(
    ["P000001", "P000002", "P1234567890"],
    [" P000003", "", "010190-1234", "0101901234", "x".repeat(65)],
  ),
  area: cellOf(["a"], [" a", "b", "A", ""]),
  code: cellOf(["L1", "T1"], ["L1 ", "X9", ""]),
  provider: cellOf(["kommunal", "privat"], ["Kommunal", " regional", ""]),
  date: cellOf(
    ["2023-01-01", "2024-02-29", "2023-06-30"],
    ["2023-02-29", "2023-13-01", "01-01-2023", " 2023-06-30"],
  ),
  end: cellOf(["", "2023-12-31", "2024-06-30", "2022-01-01"], ["2023-02-29", "31-12-2023", " "]),
  price: cellOf(["36500", "0", "12.5", "12.50"], ["1.000", "-1", "1e5", " 100", "", "2.345"]),
};
const record = fc.tuple(cell.key, cell.area, cell.code, cell.provider, cell.date, cell.end, cell.price);

describe("recordValidator", () => {
  it("gives the same episodes and the same problems with and without the fast lane", () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(record, { maxLength: 20 }), (records) => {
        const fast = validate(records, true);
        expect(fast).toEqual(validate(records, false));
        accepted += fast.episodes.length;
      }),
      { numRuns: 200 },
    );
    expect(accepted).toBeGreaterThan(100);
  });

  it("takes an ongoing episode (empty end date) and a one-day episode", () => {
    const result = validate(
      [
        ["P1", "a", "L1", "kommunal", "2023-01-01", "", "1000"],
        ["P1", "a", "T1", "privat", "2023-05-01", "2023-05-01", "0"],
      ],
      true,
    );
    expect(result.issues).toEqual([]);
    expect(result.episodes).toHaveLength(2);
  });
});

describe("readHeader", () => {
  it("names every missing column in one problem, with the header it read", () => {
    const log = emptyLog();
    expect(readHeader("x.csv", ["person_key", "area"], log)).toBeUndefined();
    expect(log.issues).toEqual([
      {
        file: "x.csv",
        row: 0,
        expected:
          'columns named "service_code", "provider_type", "start_date", "end_date", "price_per_year" in the header',
        found: "person_key,area (the header read, 2 columns split on commas)",
      },
    ]);
  });

  it("shows the delimiter it guessed when the header is separated by semicolons", () => {
    const log = emptyLog();
    readHeader("x.csv", [HEADER.join(";")], log);
    expect(log.issues[0]?.found).toContain("the line looks separated by semicolons");
  });

  it("refuses a column named twice", () => {
    const log = emptyLog();
    expect(readHeader("x.csv", [...HEADER, "start_date"], log)).toBeUndefined();
    expect(log.issues[0]?.expected).toBe(
      'each column name once in the header (columns 5 and 8 are both "start_date")',
    );
  });

  it("accepts extra columns and any column order", () => {
    const columns = readHeader("x.csv", ["case_id", ...[...HEADER].reverse()], emptyLog());
    expect(columns?.person_key).toBe(7);
  });
});

describe("safeFound", () => {
  it("hides the digits of a CPR-shaped value and leaves other values as they are", () => {
    expect(safeFound("010190-1234")).toBe("••••••-••••");
    expect(safeFound("P000123")).toBe("P000123");
  });
});

describe("parseIsoDay", () => {
  it("agrees with isCalendarDate and Date.UTC on every day from 1899 to 2101 and on malformed text", () => {
    const wrong: string[] = [];
    for (let day = dayNumber("1899-01-01"); day <= dayNumber("2101-12-31"); day += 1) {
      if (parseIsoDay(isoDateOf(day)) !== day) wrong.push(isoDateOf(day));
    }
    expect(wrong).toEqual([]);
    for (const text of [
      "2023-02-29",
      "2024-02-30",
      "2023-13-01",
      "2023-00-10",
      "2023-01-00",
      "2023-1-01",
      "2023/01/01",
      " 2023-01-01",
      "2023-01-0a",
      "",
    ]) {
      expect(parseIsoDay(text), text).toBe(isCalendarDate(text) ? dayNumber(text) : undefined);
    }
    expect(parseIsoDay("2024-02-29")).toBe(dayNumber("2024-02-29"));
  });
});
