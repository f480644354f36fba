import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runAggregate } from "../src/data/aggregate/run.ts";
import { DataValidationError } from "../src/data/load/issues.ts";
import { formatReportAs } from "../src/data/load/report.ts";
import { checkInputs } from "../src/publish/check-inputs.ts";
import { EXTRACT_HEADER, SMALL_MAPPING, SMALL_STEPS } from "./fixtures/extract.ts";

/**
 * The bad inputs an analyst's tools produce, one row per case: what is changed, and the exact
 * lines the check prints. Every case also asserts that no CPR digits reach the output. Build cases
 * run the build's own check of data/ and content/ (checkInputs) on a changed copy; the few
 * end-to-end cases in test/scripts/build.test.ts show that the build stops there with dist/ unchanged.
 */

const ROOT = join(import.meta.dirname, "..");
const CPR_DIGITS = /150372|4127|503724127|010190/;

type Edit = (text: string) => string | Buffer;

interface BuildCase {
  name: string;
  /** Path under the copy ("data/finance.csv", "content/goals/x.mdx") → how to change it. */
  edits: Record<string, Edit>;
  /** Lines the report must hold, exactly (a pattern only where the line lists every measure id). */
  lines: unknown[];
}

const FINANCE_ROW_1 =
  "born-familie,5.28.21,Forebyggende foranstaltninger,2026-01,112000000,112000000,62993000,9174000,112093000,108045000,8752000";
const line = (n: number, edit: (line: string) => string) => (text: string) =>
  text
    .split("\n")
    .map((l, i) => (i === n ? edit(l) : l))
    .join("\n");
const cell = (row: number, column: number, value: string) =>
  line(row, (l) => {
    const cells = l.split(",");
    cells[column] = value;
    return cells.join(",");
  });
const front = (key: string, value: string) => (text: string) =>
  text.replace(new RegExp(`^${key}:.*$`, "m"), `${key}: ${value}`);
const prose = (addition: string) => (text: string) => `${text}\n${addition}\n`;
const BRIEFING = "content/briefings/bfu-2026-10-budgetopfoelgning.mdx";
const DRAFT = "content/briefings/bfu-2026-11-budgetopfoelgning.mdx";
const GOAL = "content/goals/straksindsats.mdx";
const SERVICE = "content/service-levels/straksindsats-12-uger.mdx";
const ASSUMPTIONS = "data/budget-assumptions.csv";

const BUILD_CASES: BuildCase[] = [
  {
    name: "an unquoted 112,000,000 gives the row 13 cells for 11 columns",
    edits: { "data/finance.csv": cell(1, 4, "112,000,000") },
    lines: [
      '  - finance.csv, row 1 (line 2): expected 11 cells, as many as the header has (a number written with thousands separators, e.g. 112,000,000, splits into several cells: write 112000000, or put the cell in quotes); found "13 cells"',
    ],
  },
  {
    name: "a header with committed twice",
    edits: { "data/finance.csv": line(0, (l) => l.replace("spent_to_date", "committed")) },
    lines: [
      '  - finance.csv, row 0 (line 1), column "committed": expected each column name once in the header (columns 7 and 8 are both "committed"); found "area,function_code,function_label,month,original_budget,corrected_budget,committed,committed,expected_result,last_year_accounts,last_year_spent_to_date"',
    ],
  },
  {
    name: "a deleted ladder stocks row",
    edits: { "data/ladder/stocks.csv": line(2, () => "") },
    lines: [
      '  - ladder/stocks.csv, column "period": expected a row for born-familie/forebyggende (a step in ladder/steps.csv) in every year the area\'s stocks cover, 2022–2025; write 0 for a step with no citizens; found "no row for 2022"',
    ],
  },
  {
    name: "5.345 in an hours column (a Danish thousands separator)",
    edits: {
      "data/activity.csv": (text) =>
        text.replace(/(aeldre,hjemmepleje-visiterede-timer,2026-W01,)[^,]+/, "$15.345"),
    },
    lines: [
      '  - activity.csv, row 409 (line 410), column "value": expected a number of hours with at most two decimals; "5.345" is ambiguous: in Danish it reads 5345 (a point separates thousands); write 5345 without separators, or a decimal with at most two places; found "5.345"',
    ],
  },
  {
    name: "5.345 in a count column",
    edits: { "data/ladder/stocks.csv": cell(1, 3, "5.345") },
    lines: [
      '  - ladder/stocks.csv, row 1 (line 2), column "citizens": expected a whole number, 0 or more (e.g. 12); "5.345" is ambiguous: in Danish it reads 5345 (a point separates thousands); write 5345 without separators, or a decimal with at most two places; found "5.345"',
    ],
  },
  {
    name: "a Windows-1252 file",
    edits: {
      "data/finance.csv": (text) => Buffer.from(text.replace("Forebyggende", "Anbragte børn"), "latin1"),
    },
    lines: [
      '  - finance.csv, row 1 (line 2): expected UTF-8 text: the file looks like Windows-1252/Latin-1; save it as UTF-8 (in Excel: CSV UTF-8); found "born-familie,5.28.21,Anbragte børn foranstaltninger,2026-01,112000000,112000000…"',
    ],
  },
  {
    name: "meetingDate 2026-02-31",
    edits: { [BRIEFING]: front("meetingDate", "2026-02-31") },
    lines: [
      `  - ${BRIEFING}, line 3, column "meetingDate": expected a date that exists, written YYYY-MM-DD (e.g. 2026-10-06); found "2026-02-31"`,
    ],
  },
  {
    name: "a briefing for a committee missing from site.json",
    edits: { [BRIEFING]: front("committee", "skoleudvalget") },
    lines: [
      `  - ${BRIEFING}, line 2, column "committee": expected a committee id from data/site.json (one of borne-familieudvalget, social-sundhedsudvalget); found "skoleudvalget"`,
    ],
  },
  {
    name: "1e30 as an amount",
    edits: { "data/finance.csv": cell(1, 4, "1000000000000000000000000000000") },
    lines: [
      '  - finance.csv, row 1 (line 2), column "original_budget": expected a whole number of kr. without separators or decimals (e.g. 1250000), at most 1000000000000 (a larger number means a wrong unit or a broken export); found "1000000000000000000000000000000"',
    ],
  },
  {
    name: "1e30 as a goal's target",
    edits: { [GOAL]: front("target", "1e30") },
    lines: [
      `  - ${GOAL}, line 5, column "target": expected a number of at most 1000000000000 (a share as 0–1, e.g. 0.8); found "1e+30"`,
    ],
  },
  {
    name: "a CPR number in an id column is reported once, masked",
    edits: { "data/finance.csv": cell(1, 1, "150372-4127") },
    lines: [
      '  - finance.csv, row 1 (line 2), column "function_code": expected no CPR numbers (the value has the shape DDMMYY-SSSS of a Danish personal id; remove it); found "••••••-••••"',
    ],
  },
  {
    name: "a CPR number in an amount column is reported once, masked",
    edits: { "data/finance.csv": cell(1, 6, "150372-4127") },
    lines: [
      '  - finance.csv, row 1 (line 2), column "committed": expected no CPR numbers (the value has the shape DDMMYY-SSSS of a Danish personal id; remove it); found "••••••-••••"',
    ],
  },
  {
    name: "a CPR number in a <Value measure> attribute",
    edits: { [BRIEFING]: prose('Tal: <Value measure="150372-4127" period="2026-09" />') },
    lines: [
      `  - ${BRIEFING}, line 33: expected no CPR numbers in content (the text has the shape of a Danish personal id; remove it); found "••••••-••••"`,
    ],
  },
  {
    name: "a CPR number as a goal's measure",
    edits: { [GOAL]: front("measure", "1503724127") },
    lines: [
      `  - ${GOAL}, line 4: expected no CPR numbers in content (the text has the shape of a Danish personal id; remove it); found "••••••••••"`,
    ],
  },
  ...[
    ["no separator", "1503724127", "CPR-nummer ••••••••••"],
    ["a space", "150372 4127", "CPR-nummer •••••• ••••"],
    ["an en dash", "150372\u20134127", "CPR-nummer ••••••\u2013••••"],
    ["a dot", "150372.4127", "CPR-nummer ••••••.••••"],
    ["a CPR prefix", "CPR1503724127", "CPR••••••••••"],
  ].map(
    ([shape, cpr, masked]): BuildCase => ({
      name: `a CPR number in MDX prose with ${shape}`,
      edits: { [DRAFT]: prose(`Barnet har CPR-nummer ${cpr}.`) },
      lines: [
        `  - ${DRAFT}, line 39: expected no CPR numbers in content (the text has the shape of a Danish personal id; remove it); found "${masked}"`,
      ],
    }),
  ),
  {
    name: "a semicolon-separated file",
    edits: { "data/benchmarks.csv": (text) => text.replaceAll(",", ";") },
    lines: [
      '  - benchmarks.csv, row 0 (line 1): expected a comma-separated header (year,municipality_code,measure_id,value); found "year;municipality_code;measure_id;value (read as 1 column split on commas; the line looks separated by semicolons: save the file as comma-separated CSV)"',
    ],
  },
  {
    name: "an empty activity.csv",
    edits: { "data/activity.csv": (text) => `${text.split("\n")[0]}\n` },
    lines: ["  - activity.csv: expected at least one data row below the header; the table is empty"],
  },
  {
    name: "an unknown area in measures.csv",
    edits: { "data/measures.csv": (text) => text.replace(",born-familie,month,yes", ",boern,month,yes") },
    lines: [
      '  - measures.csv, row 1 (line 2), column "area": expected an area id from site.json (one of born-familie, voksne-handicap, aeldre), or empty; found "boern"',
    ],
  },
  {
    name: "an unknown goal area",
    edits: { [GOAL]: front("area", "born-og-unge") },
    lines: [
      `  - ${GOAL}, line 3, column "area": expected an area id from data/site.json (one of born-familie, voksne-handicap, aeldre); found "born-og-unge"`,
    ],
  },
  {
    name: "an unknown service-level area",
    edits: { [SERVICE]: front("area", "skole") },
    lines: [
      `  - ${SERVICE}, line 3, column "area": expected an area id from data/site.json (one of born-familie, voksne-handicap, aeldre); found "skole"`,
    ],
  },
  {
    name: "dataAsOf 2026-02-31 in site.json",
    edits: {
      "data/site.json": (text) => text.replace('"dataAsOf": "2026-10-31"', '"dataAsOf": "2026-02-31"'),
    },
    lines: [
      '  - site.json, column "dataAsOf": expected a date that exists, written YYYY-MM-DD (e.g. 2026-10-31); found "2026-02-31"',
    ],
  },
  {
    name: "a committee area missing from areas in site.json",
    edits: { "data/site.json": (text) => text.replace('"areas": ["born-familie"]', '"areas": ["born"]') },
    lines: [
      '  - site.json, column "committees.0.areas.0": expected an area id listed in areas (one of born-familie, voksne-handicap, aeldre); found "born"',
    ],
  },
  {
    name: "120 finance rows after a fiscal-year change",
    edits: { "data/finance.csv": (text) => text.replaceAll(",2026-", ",2025-") },
    lines: [
      '  - finance.csv, column "month": expected months in the fiscal year 2026 (fiscalYear in site.json); all 120 rows are in 2025: change fiscalYear in site.json or export the 2026 figures; found "2025"',
    ],
  },
  {
    name: "10,000 bad rows are one grouped line",
    edits: {
      "data/activity.csv": (text) =>
        [
          text.trimEnd(),
          ...Array.from({ length: 10_000 }, (_, i) => `born-familie,underretninger,${1000 + i}-13,1,count`),
        ].join("\n"),
    },
    lines: [
      '  - activity.csv, 10000 rows (497, 498, 499, 500, 501, …), column "period": expected a period: YYYY, YYYY-MM or YYYY-Www (e.g. 2025, 2025-03, 2025-W07); found "1000-13", "1001-13", "1002-13", "1003-13", "1004-13", …',
    ],
  },
  {
    name: "a broken committee draft is checked in the public build too",
    edits: { [DRAFT]: prose('<Value measure="findes-ikke" period="2026-10" />') },
    lines: [
      expect.stringMatching(
        /^ {2}- content\/briefings\/bfu-2026-11-budgetopfoelgning\.mdx, line 39: <Value>: unknown measure "findes-ikke"; expected one of: underretninger, /,
      ),
    ],
  },
  {
    name: "an unknown chart id",
    edits: { [BRIEFING]: prose('<Chart id="findes-ikke" />') },
    lines: [
      `  - ${BRIEFING}, line 33: <Chart>: unknown chart "findes-ikke"; expected a figure id such as budget-outlook, born-familie-budget, born-familie-forbrug, born-familie-bro-anbringelser, born-familie-enhedspris, …`,
    ],
  },
  {
    name: "an unknown ladder step in site.json's ladder goal",
    edits: { "data/site.json": (text) => text.replace('"lowerSteps": ["almene"', '"lowerSteps": ["alm"') },
    lines: [
      '  - site.json, column "areas.0.ladderGoal.lowerSteps.0": expected a step of born-familie in ladder/steps.csv (one of almene, forebyggende, stoette-hjem, netvaerk, plejefamilie, opholdssted, sikret); found "alm"',
    ],
  },
  {
    name: "a raw <script> in MDX",
    edits: { [BRIEFING]: prose("<script>document.title = 'x'</script>") },
    lines: [
      `  - ${BRIEFING}, line 33: expected no <script> in content (scripts come only from the site's own components, which the Content Security Policy allows; ask a developer for an interactive element); found "<script"`,
    ],
  },
  {
    name: "budgeted placements that do not give the budget",
    edits: { [ASSUMPTIONS]: cell(1, 6, "180") },
    lines: [
      '  - budget-assumptions.csv, row 1 (line 2), column "budget": expected volume × unit_price + fixed_costs = 245880000 kr. (within 224000 kr.); or state the difference as fixed_costs with a note; found "224000000"',
    ],
  },
  {
    name: "fixed costs without a note",
    edits: { [ASSUMPTIONS]: (text) => text.replace(/"Biler[^"]*"/, "") },
    lines: [
      '  - budget-assumptions.csv, row 14 (line 15), column "fixed_costs_note": expected a note saying what the fixed costs are (fixed_costs is not 0); found ""',
    ],
  },
  {
    name: "an assumption line naming a function finance.csv lacks",
    edits: { [ASSUMPTIONS]: cell(1, 3, "5.28.20 5.28.99 5.28.23 5.28.24") },
    lines: [
      '  - budget-assumptions.csv, row 1 (line 2), column "functions": expected function codes of born-familie in finance.csv, separated by spaces; found "5.28.99"',
      '  - budget-assumptions.csv, row 1 (line 2), column "budget": expected line born-familie/anbringelser to add up to the budget of 5.28.20 5.28.99 5.28.23 5.28.24 in finance.csv: corrected 156000000 kr. in 2026-10 or original 154000000 kr. (within 156000 kr.); found "224000000 kr."',
    ],
  },
  {
    name: "home-care hours counted by a count measure",
    edits: {
      [ASSUMPTIONS]: (text) => text.replace(/hjemmepleje-visiterede-timer$/m, "hjemmepleje-modtagere"),
    },
    lines: [
      '  - budget-assumptions.csv, row 14 (line 15), column "measure": expected a measure of aeldre with unit hours (the line counts hours); found "hjemmepleje-modtagere (aeldre, count)"',
    ],
  },
  {
    name: "assumptions that add up to another budget than finance.csv's",
    edits: {
      [ASSUMPTIONS]: line(1, (l) =>
        l.replace(",164,1366000,", ",170,1366000,").replace(",224000000,", ",232220000,"),
      ),
    },
    lines: [
      '  - budget-assumptions.csv, row 1 (line 2), column "budget": expected line born-familie/anbringelser to add up to the budget of 5.28.20 5.28.22 5.28.23 5.28.24 in finance.csv: corrected 224000000 kr. in 2026-10 or original 222000000 kr. (within 224000 kr.); found "232220000 kr."',
    ],
  },
  {
    name: "a phased line missing May",
    edits: { [ASSUMPTIONS]: line(6, () => "") },
    lines: [
      '  - budget-assumptions.csv, row 2 (line 3), column "period": expected all twelve months of 2026 for the phased line voksne-handicap/laengerevarende-botilbud; found "11 months"',
      '  - budget-assumptions.csv, row 2 (line 3), column "budget": expected line voksne-handicap/laengerevarende-botilbud to add up to the budget of 5.38.50 in finance.csv: corrected 183000000 kr. in 2026-10 or original 183000000 kr. (within 183000 kr.); found "167660565 kr. over 11 rows"',
    ],
  },
  {
    name: "an assumptions file without a unit_price column",
    edits: { [ASSUMPTIONS]: (text) => text.replace("unit_price", "price") },
    lines: [
      '  - budget-assumptions.csv, row 0 (line 1), column "unit_price": expected a column named "unit_price" in the header; found "area,line,label,functions,period,unit,volume,price,fixed_costs,fixed_costs_note,budget,measure (the header read, 12 columns split on commas)"',
    ],
  },
];

const work = mkdtempSync(join(tmpdir(), "udvalgsbrief-bad-inputs-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of data/ and content/ with the edits applied; returns the report the build would print. */
function buildReport(name: string, edits: Record<string, Edit>): string {
  const root = join(work, name.replace(/[^a-z0-9]+/gi, "-").slice(0, 60));
  cpSync(join(ROOT, "data"), join(root, "data"), { recursive: true });
  cpSync(join(ROOT, "content"), join(root, "content"), { recursive: true });
  for (const [path, edit] of Object.entries(edits)) {
    writeFileSync(join(root, path), edit(readFileSync(join(root, path), "utf8")));
  }
  const issues = checkInputs({ dataDir: join(root, "data"), contentDir: join(root, "content") });
  return formatReportAs("The input", issues).replaceAll(`${root}/`, "");
}

describe("a bad input stops the build with one clear, grouped message", () => {
  it.each(BUILD_CASES)("$name", ({ name, edits, lines }) => {
    const report = buildReport(name, edits);
    if (process.env.PRINT_REPORTS) console.log(`### ${name}\n${report}`);
    const printed = report.split("\n");
    for (const expected of lines) expect(printed).toContainEqual(expected);
    expect(report).not.toMatch(CPR_DIGITS);
    expect(printed.length).toBeLessThan(40);
  });

  it("accepts a BOM and CRLF line ends as the same data", () => {
    const report = buildReport("bom-crlf", {
      "data/finance.csv": (text) => `\uFEFF${text.replaceAll("\n", "\r\n")}`,
      "data/ladder/steps.csv": (text) => `\uFEFF${text.replaceAll("\n", "\r\n")}`,
    });
    expect(report).toBe("The input has 0 problems:\n");
    expect(FINANCE_ROW_1).toContain("112000000");
  });
});

interface AggregateCase {
  name: string;
  /** The extract file's name and content. */
  file: string;
  content: string | Buffer;
  mapping?: string;
  lines: string[];
}

const AGGREGATE_CASES: AggregateCase[] = [
  ...["150372 4127", "CPR1503724127", "503724127", "150372\u20134127"].map(
    (key): AggregateCase => ({
      name: `a person key ${key.replace(/\d/g, "#")}`,
      file: "extract.csv",
      content: `${EXTRACT_HEADER}\n${key},a,L1,kommunal,2023-01-01,,1000\n`,
      lines: [
        `  - extract.csv, row 1 (line 2), column "person_key": expected a pseudonymised key, not a CPR number (the value has the shape of a Danish personal id, DDMMYY-SSSS, with or without a separator or a lost leading zero; pseudonymise the extract before it leaves the case system); found "${key.replace(/\d/g, "•")}"`,
      ],
    }),
  ),
  {
    name: "a CPR number in the extract's area column",
    file: "extract.csv",
    content: `${EXTRACT_HEADER}\nP1,150372-4127,L1,kommunal,2023-01-01,,1000\n`,
    lines: [
      '  - extract.csv, row 1 (line 2), column "area": expected an id or code, not a CPR number (the value has the shape of a Danish personal id; pseudonymise the extract before it leaves the case system); found "••••••-••••"',
    ],
  },
  {
    name: "a CPR number in mapping.csv",
    file: "extract.csv",
    content: `${EXTRACT_HEADER}\nP1,a,L1,kommunal,2023-01-01,,1000\n`,
    mapping: `${SMALL_MAPPING}a,150372-4127,let\n`,
    lines: [
      '  - mapping.csv, row 4 (line 5), column "code": expected no CPR numbers (the value has the shape DDMMYY-SSSS of a Danish personal id; remove it); found "••••••-••••"',
    ],
  },
  {
    name: "a Windows-1252 extract",
    file: "extract.csv",
    content: Buffer.from(`${EXTRACT_HEADER}\nP1,a,L1,kommunal,2023-01-01,,1000 børn\n`, "latin1"),
    lines: [
      "  - extract.csv: expected UTF-8 text: the file looks like Windows-1252/Latin-1; save it as UTF-8 (in Excel: CSV UTF-8)",
    ],
  },
  {
    name: "an unquoted thousands separator in the extract",
    file: "extract.csv",
    content: `${EXTRACT_HEADER}\nP1,a,L1,kommunal,2023-01-01,,480,000\n`,
    lines: [
      '  - extract.csv, row 1 (line 2): expected 7 cells, as many as the header has (a number with thousands separators or a text with an unquoted comma splits into several cells); found "8 cells"',
    ],
  },
  {
    name: "a semicolon-separated extract",
    file: "extract.csv",
    content: `${EXTRACT_HEADER.replaceAll(",", ";")}\nP1;a;L1;kommunal;2023-01-01;;1000\n`,
    lines: [
      '  - extract.csv, row 0 (line 1): expected a comma-separated header (person_key,area,service_code,provider_type,start_date,end_date,price_per_year); found "person_key;area;service_code;provider_type;start_date;end_date;price_per_year (read as 1 column split on commas; the line looks separated by semicolons: save the file as comma-separated CSV)"',
    ],
  },
  {
    name: "a password-protected workbook",
    file: "extract.xlsx",
    content: Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
    ]),
    lines: [
      "  - extract.xlsx: expected a workbook without a password: the file is encrypted (password-protected); remove the password in Excel (File > Info > Protect Workbook) or save the sheet as CSV UTF-8 (an old .xls file looks the same: save it as .xlsx)",
    ],
  },
];

describe("a bad extract stops the aggregation with one clear message", () => {
  it.each(AGGREGATE_CASES)("$name", async ({ name, file, content, mapping, lines }) => {
    const root = join(work, `aggregate-${name.replace(/[^a-z0-9]+/gi, "-").slice(0, 50)}`);
    cpSync(join(ROOT, "test"), root, { recursive: false, filter: () => false });
    const input = join(root, "input");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(input, { recursive: true });
    writeFileSync(join(root, "steps.csv"), SMALL_STEPS);
    writeFileSync(join(root, "mapping.csv"), mapping ?? SMALL_MAPPING);
    writeFileSync(join(input, file), content);
    let report = "";
    try {
      await runAggregate({
        input,
        out: join(root, "out"),
        mapping: join(root, "mapping.csv"),
        steps: join(root, "steps.csv"),
        allowUnmapped: false,
      });
    } catch (error) {
      if (!(error instanceof DataValidationError)) throw error;
      report = error.message.replaceAll(`${root}/`, "");
    }
    if (process.env.PRINT_REPORTS) console.log(`### ${name}\n${report}`);
    const printed = report.split("\n");
    for (const expected of lines) expect(printed).toContain(expected);
    expect(report).not.toMatch(CPR_DIGITS);
  });
});

describe("a million-row extract gone wrong", () => {
  it("prints a short grouped report: 20,000 bad rows in a handful of lines", async () => {
    const root = join(work, "aggregate-many");
    const input = join(root, "input");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(input, { recursive: true });
    writeFileSync(join(root, "steps.csv"), SMALL_STEPS);
    writeFileSync(join(root, "mapping.csv"), SMALL_MAPPING);
    const rows = Array.from({ length: 20_000 }, (_, i) => `P${i},a,L1,kommune,2023-01-01,,1000`);
    writeFileSync(join(input, "extract.csv"), `${EXTRACT_HEADER}\n${rows.join("\n")}\n`);
    const message = await runAggregate({
      input,
      out: join(root, "out"),
      mapping: join(root, "mapping.csv"),
      steps: join(root, "steps.csv"),
      allowUnmapped: false,
    }).then(
      () => "",
      (error: Error) => error.message,
    );
    expect(message.split("\n")).toEqual([
      `The data in ${input}/ has 10001 problems:`,
      '  - extract.csv, 10000 rows (1, 2, 3, 4, 5, …), column "provider_type": expected one of kommunal, regional, privat, selvejende; found "kommune" in each',
      "  - extract.csv: expected at most 10000 problems read in all; 10000 more in this file were counted, not read (fix the ones above and run again)",
    ]);
  });
});
