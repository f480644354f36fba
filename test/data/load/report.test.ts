import { describe, expect, it } from "vitest";
import type { DataIssue } from "../../../src/data/load/issues.ts";
import { failureText, formatReport, isVerbose, sanitize } from "../../../src/data/load/report.ts";

const issue = (row: number, found = `x${row}`): DataIssue => ({
  file: "finance.csv",
  row,
  column: "month",
  expected: "a month in the fiscal year 2026",
  found,
});

describe("formatReport", () => {
  it("groups identical problems into one line with the count and the first five rows", () => {
    const report = formatReport(
      Array.from({ length: 120 }, (_, i) => issue(i + 1)),
      "data",
    );
    expect(report.split("\n")).toEqual([
      "The data in data/ has 120 problems:",
      '  - finance.csv, 120 rows (1, 2, 3, 4, 5, …), column "month": expected a month in the fiscal year 2026; found "x1", "x2", "x3", "x4", "x5", …',
    ]);
  });

  it("says a value repeated in every row once", () => {
    const report = formatReport([issue(1, "2025-01"), issue(2, "2025-01")], "data");
    expect(report).toContain(
      '2 rows (1, 2), column "month": expected a month in the fiscal year 2026; found "2025-01" in each',
    );
  });

  it("caps the list at 30 lines and states the total", () => {
    const issues = Array.from({ length: 40 }, (_, i) => ({ file: `f${i}.csv`, expected: "a file" }));
    const lines = formatReport(issues, "data").split("\n");
    expect(lines).toHaveLength(32);
    expect(lines.at(-1)).toBe("  … and 10 more not listed (40 in total); fix the ones above and run again.");
  });

  it("never prints a CPR number, whatever the message quotes", () => {
    const report = formatReport(
      [{ file: "x.csv", row: 1, column: "id", expected: "an id like 150372-4127", found: "P1503724127" }],
      "data",
    );
    expect(report).not.toMatch(/150372|4127/);
  });
});

describe("sanitize", () => {
  it("masks every shape and keeps amounts and dates", () => {
    expect(sanitize("150372-4127 150372 4127 CPR1503724127 P1503724127")).toBe(
      "••••••-•••• •••••• •••• CPR•••••••••• P••••••••••",
    );
    expect(sanitize("found 112000000 on 2026-02-31")).toBe("found 112000000 on 2026-02-31");
  });
});

describe("failureText", () => {
  it("prints an unexpected error as one line, and the stack only when asked", () => {
    const error = new TypeError("cannot read 150372-4127");
    expect(failureText(error, false)).toBe(
      "TypeError: cannot read ••••••-••••\n(run again with --verbose or DEBUG=1 for the details)",
    );
    expect(failureText(error, true)).toContain("    at ");
    expect(failureText(error, true)).not.toContain("150372");
  });

  it("reads --verbose and DEBUG=1", () => {
    expect(isVerbose(["node", "x", "--verbose"], {})).toBe(true);
    expect(isVerbose(["node", "x"], { DEBUG: "1" })).toBe(true);
    expect(isVerbose(["node", "x"], { DEBUG: "0" })).toBe(false);
    expect(isVerbose(["node", "x"], {})).toBe(false);
  });
});
