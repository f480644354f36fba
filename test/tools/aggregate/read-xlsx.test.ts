import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { cellText } from "../../../tools/aggregate/read-xlsx.ts";
import { type AggregateOptions, runAggregate } from "../../../tools/aggregate/run.ts";
import { workFolder } from "../../fixtures/extract.ts";

describe("cellText", () => {
  it("writes a date cell as YYYY-MM-DD", () => {
    expect(cellText(new Date("2024-03-01T00:00:00Z"), true)).toBe("2024-03-01");
  });

  it("reads a number in a date column as an Excel serial date (a date cell that lost its format)", () => {
    expect(cellText(45_352, true)).toBe("2024-03-01");
    expect(cellText(45_352, false)).toBe("45352");
  });

  it("takes the text of rich text and the result of a formula, and empty for a blank cell", () => {
    expect(cellText({ richText: [{ text: "SEL" }, { text: "-85" }] }, false)).toBe("SEL-85");
    expect(cellText({ formula: "A1*2", result: 960_000 }, false)).toBe("960000");
    expect(cellText(null, false)).toBe("");
  });
});

describe("an XLSX extract", () => {
  const HEADER = [
    "person_key",
    "area",
    "service_code",
    "provider_type",
    "start_date",
    "end_date",
    "price_per_year",
  ];

  /** A workbook with a notes sheet first and the extract second; dates as serial numbers without a date format. */
  async function workbook(): Promise<{ root: string; options: AggregateOptions }> {
    const { root, options } = workFolder();
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Noter").addRow(["Udtræk fra fagsystemet, oktober 2026"]);
    const sheet = book.addWorksheet("Episoder");
    sheet.addRow(HEADER);
    sheet.addRow(["P1", "a", "L1", "kommunal", 44_927, null, 1000]); // 2023-01-01
    sheet.addRow(["P2", "a", "M1", "kommunal", 44_927, 45_291, 2000]); // to 2023-12-31
    await book.xlsx.writeFile(join(options.input, "extract.xlsx"));
    return { root, options };
  }

  it("names the sheet and the header row it read, and how to choose another", async () => {
    const { root, options } = await workbook();
    const message = await runAggregate(options).then(
      () => "",
      (error: Error) => error.message.replaceAll(`${root}/`, ""),
    );
    expect(message.split("\n")).toContain(
      '  - extract.xlsx, sheet "Noter", row 0 (line 1): expected columns named "person_key", "area", "service_code", "provider_type", "start_date", "end_date", "price_per_year" in the header; found "Udtræk fra fagsystemet, oktober 2026 (the header read, 1 column split on commas); the header must be in row 1 of the sheet read: choose another sheet with --sheet NAME"',
    );
  });

  it("reads the sheet named with --sheet, with serial-number dates", async () => {
    const { options } = await workbook();
    const result = await runAggregate({ ...options, sheet: "Episoder", years: { first: 2023, last: 2023 } });
    expect(result.rows).toBe(2);
    expect(result.tables.stocks.find((s) => s.step_id === "let")?.citizens).toBe(1);
    expect(result.tables.stocks.find((s) => s.step_id === "mellem")?.citizens).toBe(1);
  });

  it("says which sheets there are when --sheet names none of them", async () => {
    const { root, options } = await workbook();
    const message = await runAggregate({ ...options, sheet: "Ark1" }).then(
      () => "",
      (error: Error) => error.message.replaceAll(`${root}/`, ""),
    );
    expect(message).toContain(
      'extract.xlsx: expected a sheet named "Ark1" (--sheet); the workbook has: "Noter", "Episoder"',
    );
  });
});
