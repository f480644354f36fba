import { copyFileSync, existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DataValidationError } from "../../../src/data/load/issues.ts";
import { type AggregateOptions, runAggregate } from "../../../tools/aggregate/run.ts";
import { writeExtractXlsx } from "../../../tools/demo/extract-files.ts";
import { EXTRACT_HEADER, episode, workFolder } from "../../fixtures/extract.ts";

/** Runs the aggregation and returns its error message, with the temporary folder shown as <work>. */
async function problems(options: AggregateOptions, root: string): Promise<string> {
  try {
    await runAggregate(options);
  } catch (error) {
    if (error instanceof DataValidationError) return error.message.replaceAll(root, "<work>");
    throw error;
  }
  throw new Error("expected the extract to be refused");
}

function csvFolder(lines: string[]) {
  const work = workFolder();
  writeFileSync(join(work.options.input, "extract.csv"), `${[EXTRACT_HEADER, ...lines].join("\n")}\n`);
  return work;
}

describe("runAggregate", () => {
  it("lists every wrong row with file, row and column, and writes nothing", async () => {
    const { root, options } = csvFolder([
      "P000001,a,L1,kommunal,2023-01-01,,36500",
      "010190-1234,a,L1,kommunal,2023-01-01,,36500",
      "P000003,a,X9,kommunal,2023-01-01,,36500",
      "P000004,a,M1,kommunal,2023-05-01,2023-04-30,100000",
      "P000005,a,M1,kommunal,2023-05-01,,-5000",
      "P000006,a,X9,privat,2023-02-01,,1000",
      "P000007,a,M1,kommune,2023-02-30,,1.000",
    ]);
    expect(await problems(options, root)).toMatchInlineSnapshot(`
      "The data in <work>/input/ has 7 problems:
        - extract.csv, row 2 (line 3), column "person_key": expected a pseudonymised key, not a CPR number (the value has the shape of a Danish personal id, DDMMYY-SSSS, with or without a separator or a lost leading zero; pseudonymise the extract before it leaves the case system); found "••••••-••••"
        - extract.csv, row 3 (line 4), column "service_code": expected a code that <work>/mapping.csv maps to a step of a (2 rows have this code; this is the first); found "X9"
        - extract.csv, row 4 (line 5), column "end_date": expected an end date on or after the start date 2023-05-01 (leave it empty while the episode is ongoing); found "2023-04-30"
        - extract.csv, row 5 (line 6), column "price_per_year": expected a price of 0 kr. or more per year (a negative price is a correction: net it into the episode it corrects); found "-5000"
        - extract.csv, row 7 (line 8), column "provider_type": expected one of kommunal, regional, privat, selvejende; found "kommune"
        - extract.csv, row 7 (line 8), column "start_date": expected a date written YYYY-MM-DD (e.g. 2024-03-01); found "2023-02-30"
        - extract.csv, row 7 (line 8), column "price_per_year": expected a price in kr. per year, at most two decimals after a point, no thousands separators (e.g. 480000); found "1.000""
    `);
    expect(existsSync(options.out)).toBe(false);
  });

  it("never repeats the digits of a CPR-shaped key, in any form", async () => {
    const { root, options } = csvFolder([
      "0101901234,a,L1,kommunal,2023-01-01,,1",
      "x 311299-4321,a,L1,kommunal,2023-01-01,,1",
    ]);
    const message = await problems(options, root);
    expect(message).toContain('found "••••••••••"');
    expect(message).toContain('"x ••••••-••••"');
    expect(message).not.toMatch(/0101901234|311299/);
  });

  it("refuses a person-level column before reading any row", async () => {
    const work = workFolder();
    writeFileSync(
      join(work.options.input, "extract.csv"),
      `cpr,${EXTRACT_HEADER}\n010190-1234,P1,a,L1,kommunal,2023-01-01,,1\n`,
    );
    expect(await problems(work.options, work.root)).toMatchInlineSnapshot(`
      "The data in <work>/input/ has 1 problem:
        - extract.csv, row 0 (line 1), column "cpr": expected no person-level columns (names, addresses and CPR numbers stay in the case system; use a pseudonymised person_key); found "cpr""
    `);
  });

  it("leaves out episodes with unmapped codes under allowUnmapped, and says which", async () => {
    const { options } = csvFolder([
      "P000001,a,L1,kommunal,2023-01-01,,36500",
      "P000002,a,X9,kommunal,2023-01-01,,36500",
      "P000003,a,X9,kommunal,2023-01-01,,36500",
    ]);
    const result = await runAggregate({
      ...options,
      allowUnmapped: true,
      years: { first: 2023, last: 2023 },
    });
    expect(result.episodes).toBe(1);
    expect(result.unmapped).toEqual([{ file: "extract.csv", row: 2, area: "a", code: "X9", rows: 2 }]);
    expect(result.tables.stocks.map((row) => row.citizens)).toEqual([1, 0, 0]);
  });

  it("reports an XLSX file that cannot be opened as one problem of that file", async () => {
    const { root, options } = csvFolder(["P000001,a,L1,kommunal,2023-01-01,,36500"]);
    writeFileSync(join(options.input, "broken.xlsx"), "this is not a workbook");
    const good = join(root, "good.xlsx");
    await writeExtractXlsx(good, [episode("P000001", "L1", "2023-01-01", "", 1000)]);
    const bytes = (await import("node:fs")).readFileSync(good);
    writeFileSync(join(options.input, "truncated.xlsx"), bytes.subarray(0, bytes.length >> 1));
    copyFileSync(good, join(options.input, "~$lock.xlsx"));
    expect(await problems(options, root)).toMatchInlineSnapshot(`
      "The data in <work>/input/ has 2 problems:
        - broken.xlsx: expected an XLSX workbook that can be opened (save it again from Excel, or export the sheet as CSV UTF-8); found "invalid signature: 0x73696874"
        - truncated.xlsx: expected an XLSX workbook that can be opened (save it again from Excel, or export the sheet as CSV UTF-8); found "FILE_ENDED""
    `);
  });

  it("checks the mapping against the ladder steps", async () => {
    const work = workFolder(undefined, "area,code,step_id\na,L1,let\na,L1,mellem\na,Z1,ukendt\n");
    expect(await problems(work.options, work.root)).toMatchInlineSnapshot(`
      "The data in ./ has 2 problems:
        - <work>/mapping.csv, row 2 (line 3), column "code": expected one row per area, code (row 1 has the same key); found "a | L1"
        - <work>/mapping.csv, row 3 (line 4), column "step_id": expected a step of the area in ladder/steps.csv (e.g. a/let, a/mellem, a/tung); found "ukendt""
    `);
  });

  it("writes exactly the contract's columns, and aggregates only", async () => {
    const { options } = csvFolder(["P000001,a,L1,kommunal,2023-01-01,,36500"]);
    const result = await runAggregate({ ...options, years: { first: 2023, last: 2024 } });
    const { readFileSync } = await import("node:fs");
    expect(readFileSync(join(options.out, "ladder/stocks.csv"), "utf8").split("\n")[0]).toBe(
      "area,step_id,period,citizens,spend,avg_duration_months",
    );
    expect(readFileSync(join(options.out, "ladder/flows.csv"), "utf8")).toBe(
      "area,period,from_step,to_step,citizens\na,2024,let,let,1\n",
    );
    expect(result.written.map((path) => path.slice(options.out.length + 1))).toEqual([
      "ladder/stocks.csv",
      "ladder/flows.csv",
    ]);
  });
});

describe("runAggregate on an empty or missing input folder", () => {
  it("says what is missing instead of failing with a stack", async () => {
    const { root, options } = workFolder();
    expect(await problems(options, root)).toMatchInlineSnapshot(`
      "The data in <work>/input/ has 1 problem:
        - input folder: expected at least one extract file (.csv or .xlsx) in the input folder"
    `);
    expect(await problems({ ...options, input: join(root, "nowhere") }, root)).toMatchInlineSnapshot(`
      "The data in <work>/nowhere/ has 1 problem:
        - input folder: expected the input folder to exist (put the extracts in raw-input/ or name the folder with --input)"
    `);
  });
});

describe("loadLayout", () => {
  it("reports a missing or empty mapping file instead of crashing", async () => {
    const work = workFolder(undefined, "");
    expect(await problems(work.options, work.root)).toMatchInlineSnapshot(`
      "The data in ./ has 1 problem:
        - <work>/mapping.csv, row 0 (line 1): expected a header row (area,code,step_id); the file is empty"
    `);
    expect(
      await problems({ ...work.options, mapping: join(work.root, "none.csv") }, work.root),
    ).toMatchInlineSnapshot(`
      "The data in ./ has 1 problem:
        - <work>/none.csv: expected the file to exist"
    `);
  });
});
