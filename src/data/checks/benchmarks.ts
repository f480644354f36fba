import type { ParsedTable } from "../load/csv.ts";
import type { DataIssue } from "../load/issues.ts";
import { type BenchmarkRow, NATIONAL_CODE } from "../schemas/benchmarks.ts";
import type { MeasureRow } from "../schemas/measures.ts";
import type { MunicipalityRow } from "../schemas/reference.ts";
import { findDuplicateKeys, findUnknownIds } from "./common.ts";

const FILE = "benchmarks.csv";

export function checkBenchmarks(
  municipalities: readonly MunicipalityRow[],
  measures: readonly MeasureRow[],
  table: ParsedTable<BenchmarkRow>,
): DataIssue[] {
  return [
    ...findUnknownIds(
      FILE,
      table,
      "municipality_code",
      new Set([NATIONAL_CODE, ...municipalities.map((m) => m.code)]),
      "a municipality code from reference/municipalities.csv, or 0 for the whole country",
    ),
    ...findUnknownIds(
      FILE,
      table,
      "measure_id",
      new Set(measures.filter((m) => m.frequency === "year").map((m) => m.id)),
      "a yearly measure id from measures.csv",
    ),
    ...findDuplicateKeys(FILE, table, ["year", "municipality_code", "measure_id"]),
    ...table.rows.flatMap((row, index) =>
      // Net kroner may be negative (income above spend, as published); counts and rates may not.
      row.value >= 0 || measures.find((m) => m.id === row.measure_id)?.unit === "kr"
        ? []
        : [
            {
              file: FILE,
              row: table.rowNumbers[index] ?? index + 1,
              column: "value",
              expected: "0 or more",
              found: String(row.value),
            },
          ],
    ),
  ];
}

export function checkReference(
  site: { municipalityCode: number },
  table: ParsedTable<MunicipalityRow>,
): DataIssue[] {
  const file = "reference/municipalities.csv";
  const issues = findDuplicateKeys(file, table, ["code"]);
  if (!table.rows.some((row) => row.code === site.municipalityCode)) {
    issues.push({
      file,
      expected: `the home municipality ${site.municipalityCode} from site.json to be listed`,
    });
  }
  table.rows.forEach((row, index) => {
    const sum = row.population_0_17 + row.population_18_64 + row.population_65_plus;
    if (sum !== row.population_total) {
      issues.push({
        file,
        row: table.rowNumbers[index] ?? index + 1,
        column: "population_total",
        expected: `the sum of the age groups, ${sum}`,
        found: String(row.population_total),
      });
    }
  });
  return issues;
}
