import { describe, expect, it } from "vitest";
import {
  containsCprNumber,
  findPersonData,
  isPersonLevelColumn,
} from "../../../src/data/privacy/person-data.ts";

describe("containsCprNumber", () => {
  it("finds DDMMYY-SSSS with a valid date anywhere in the text", () => {
    expect(containsCprNumber("010190-1234")).toBe(true);
    expect(containsCprNumber("Barn 311299-4321 anbragt")).toBe(true);
  });
  it("ignores the shape when the date cannot exist", () => {
    expect(containsCprNumber("320190-1234")).toBe(false);
    expect(containsCprNumber("011390-1234")).toBe(false);
  });
  it("treats ten bare digits as a CPR number only outside amount columns", () => {
    expect(containsCprNumber("0101901234")).toBe(true);
    expect(containsCprNumber("1203151234", { allowBareDigits: true })).toBe(false);
  });
  it("does not mistake periods, codes and amounts for CPR numbers", () => {
    for (const text of ["2026-03", "5.28.21", "112000000", "2026-W07", "Barnets Lov § 32"]) {
      expect(containsCprNumber(text)).toBe(false);
    }
  });
});

describe("isPersonLevelColumn", () => {
  it("flags columns named like personal identifiers", () => {
    for (const column of ["cpr", "CPR_nr", "navn", "barn_navn", "name", "adresse", "person_address"]) {
      expect(isPersonLevelColumn(column), column).toBe(true);
    }
  });
  it("accepts the contract's own column names", () => {
    for (const column of ["municipality", "title", "area", "function_label", "measure_id"]) {
      expect(isPersonLevelColumn(column), column).toBe(false);
    }
  });
});

describe("findPersonData", () => {
  it("says why it refuses, and does not repeat the number it refuses", () => {
    const issues = findPersonData(
      "activity.csv",
      ["area", "note"],
      [{ area: "born-familie", note: "010190-1234" }],
      new Set(),
    );
    expect(issues).toEqual([
      {
        file: "activity.csv",
        row: 1,
        column: "note",
        expected: "no CPR numbers (the value has the shape DDMMYY-SSSS of a Danish personal id; remove it)",
        found: "••••••-••••",
      },
    ]);
  });
});
