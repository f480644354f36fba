import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { loadDataset } from "../../../src/data/load/dataset.ts";
import { StatbankQuery } from "../../../src/data/schemas/statbank.ts";
import {
  CELL_LIMIT,
  dataBody,
  type Fetch,
  splitQuery,
  tableInfo,
} from "../../../src/data/statbank/client.ts";
import {
  areaVariable,
  parseStatbankCsv,
  parseTime,
  statbankNumber,
  TableInfo,
} from "../../../src/data/statbank/parse.ts";
import { fetchQuery, isOffline, mergeFigures } from "../../../src/data/statbank/run.ts";
import { demoDataWith } from "../../fixtures/data-folder.ts";
import { requirePublicDkFile } from "../../fixtures/public-dk.ts";

// The shared public data, reached relative to the repository (never an absolute machine path).
const FIXTURES = requirePublicDkFile("statbank-api/fixtures");
const codes = loadDataset("data", demoDataWith()).municipalities.map((m) => m.code);

interface Cassette {
  http_interactions: {
    request: { method: string; uri: string; body: { string: string } };
    response: { status: { code: number }; body: { encoding: string; string: string } };
  }[];
}

/** Replays recorded VCR cassettes: a fetch that answers only the requests they hold. */
function replay(...files: string[]): { fetch: Fetch; seen: string[] } {
  const interactions = files.flatMap(
    (f) =>
      (parseYaml(readFileSync(join(FIXTURES, f), "utf8"), { logLevel: "error" }) as Cassette)
        .http_interactions,
  );
  const seen: string[] = [];
  const fetch: Fetch = async (url) => {
    seen.push(url);
    const hit = interactions.find((i) => i.request.uri === url);
    if (!hit) throw new Error(`no recorded answer for ${url}`);
    const bytes =
      hit.response.body.encoding === "ASCII-8BIT"
        ? Buffer.from(hit.response.body.string, "base64")
        : Buffer.from(hit.response.body.string, "utf8");
    return {
      ok: hit.response.status.code < 400,
      status: hit.response.status.code,
      arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
      text: async () => bytes.toString("utf8"),
    };
  };
  return { fetch, seen };
}

describe("StatBank CSV", () => {
  it("reads the recorded API body: BOM, semicolons, CRLF", () => {
    const body = readFileSync(join(FIXTURES, "thoran_data_straf42_csv.body.csv"));
    expect(body[0]).toBe(0xef);
    expect(parseStatbankCsv(body)).toEqual({
      header: ["HERKOMST1", "TID", "INDHOLD"],
      rows: [{ HERKOMST1: "Total", TID: "2023", INDHOLD: "233454" }],
    });
  });

  it("reads the real municipal export: every municipality's month adds up to Hele landet", () => {
    const csv = parseStatbankCsv(readFileSync(requirePublicDkFile("original/mujemula_FOLK1AM.csv")));
    expect(csv.header).toEqual(["OMRÅDE", "TID", "INDHOLD"]);
    expect(csv.rows).toHaveLength(3255);
    const months = new Set(csv.rows.map((r) => r.TID));
    expect(months.size).toBe(31);
    for (const month of months) expect(parseTime(month ?? "").month).toBeGreaterThan(0);
    const national = new Map(
      csv.rows.filter((r) => r.OMRÅDE === "Hele landet").map((r) => [r.TID, statbankNumber(r.INDHOLD ?? "")]),
    );
    const sums = new Map<string, number>();
    for (const r of csv.rows) {
      if (r.OMRÅDE === "Hele landet" || r.OMRÅDE?.startsWith("Region ")) continue;
      sums.set(r.TID ?? "", (sums.get(r.TID ?? "") ?? 0) + (statbankNumber(r.INDHOLD ?? "") ?? 0));
    }
    expect(sums.get("2021M10")).toBe(5_867_412);
    for (const [month, sum] of sums) expect(sum, month).toBe(national.get(month));
  });

  it("reads missing marks as null and Danish decimals, and refuses anything else", () => {
    expect(statbankNumber("..")).toBeNull();
    expect(statbankNumber("")).toBeNull();
    expect(statbankNumber("12,5")).toBe(12.5);
    expect(statbankNumber("-7")).toBe(-7);
    expect(statbankNumber("1351")).toBe(1351);
    expect(() => statbankNumber("1.234,5")).toThrow('found "1.234,5"');
    expect(() => statbankNumber("abc")).toThrow("expected a number");
  });

  it("reads the time codes 2024, 2024K1, 2024Q1 and 2024M01", () => {
    expect(parseTime("2024")).toEqual({ year: 2024 });
    expect(parseTime("2024K1")).toEqual({ year: 2024, quarter: 1 });
    expect(parseTime("2024Q4")).toEqual({ year: 2024, quarter: 4 });
    expect(parseTime("2024M01")).toEqual({ year: 2024, month: 1 });
    expect(() => parseTime("2024M13")).toThrow("2024M13");
    expect(() => parseTime("2024K5")).toThrow();
  });
});

describe("tableinfo", () => {
  it("is fetched and validated from the recorded answer", async () => {
    const { fetch, seen } = replay("thoran_table_info_straf42_da.yml");
    const info = await tableInfo({ fetch }, "STRAF42");
    expect(seen).toEqual(["https://api.statbank.dk/v1/tableinfo?format=json&id=STRAF42&lang=da"]);
    expect(info.id).toBe("STRAF42");
    expect(info.variables.find((v) => v.time)?.id).toBe("Tid");
    // STRAF42 is national: no variable holds the municipalities.
    expect(areaVariable(info, codes)).toBeUndefined();
  });

  it("finds the area variable whatever the table calls it", () => {
    const values = [
      { id: "000", text: "Hele landet" },
      ...codes.map((c) => ({ id: String(c), text: `K${c}` })),
    ];
    for (const name of ["OMRÅDE", "ADMKOM", "KOMK"]) {
      const info = TableInfo.parse({
        id: "X",
        text: "x",
        updated: "2024-01-01",
        variables: [
          {
            id: "ART",
            text: "art",
            elimination: true,
            time: false,
            values: [{ id: "101", text: "not an area" }],
          },
          { id: name, text: "område", elimination: true, time: false, values },
          { id: "Tid", text: "tid", elimination: false, time: true, values: [{ id: "2024", text: "2024" }] },
        ],
      });
      expect(areaVariable(info, codes)).toBe(name);
    }
  });
});

const info = TableInfo.parse({
  id: "REGK31",
  text: "Kommunernes regnskaber",
  updated: "2025-06-01",
  variables: [
    {
      id: "OMRÅDE",
      text: "område",
      elimination: false,
      time: false,
      values: [{ id: "0", text: "Hele landet" }, ...codes.map((c) => ({ id: String(c), text: String(c) }))],
    },
    {
      id: "FUNKTION",
      text: "funktion",
      elimination: true,
      time: false,
      values: [{ id: "52821", text: "x" }],
    },
    {
      id: "Tid",
      text: "tid",
      elimination: false,
      time: true,
      values: ["2021", "2022", "2023", "2024"].map((id) => ({ id, text: id })),
    },
  ],
});

describe("splitting under the cell limit", () => {
  it("keeps a small query whole and expands * from tableinfo", () => {
    const chunks = splitQuery({ table: "REGK31", variables: { OMRÅDE: ["*"], Tid: ["2024"] } }, info);
    expect(chunks).toHaveLength(1);
    expect(chunks[0]?.variables.OMRÅDE).toHaveLength(99);
  });
  it("cuts the widest variable so no request exceeds the limit, and loses no cell", () => {
    const chunks = splitQuery({ table: "REGK31", variables: { OMRÅDE: ["*"], Tid: ["*"] } }, info, 100);
    const size = (c: (typeof chunks)[number]) => Object.values(c.variables).reduce((n, v) => n * v.length, 1);
    for (const c of chunks) expect(size(c)).toBeLessThanOrEqual(100);
    expect(chunks.reduce((n, c) => n + size(c), 0)).toBe(99 * 4);
    expect(CELL_LIMIT).toBe(100_000);
  });
  it("asks for CSV in Danish with codes", () => {
    expect(JSON.parse(dataBody({ table: "REGK31", variables: { Tid: ["2024"] } }))).toEqual({
      table: "REGK31",
      format: "CSV",
      lang: "da",
      valuePresentation: "Code",
      variables: [{ code: "Tid", values: ["2024"] }],
    });
  });
});

/** A fake API: tableinfo from `info`, data as a Danish CSV body with BOM and CRLF. */
function fakeApi(csv: string, failures: number[] = []) {
  const calls: string[] = [];
  const sleeps: number[] = [];
  const fetch: Fetch = async (url, init) => {
    calls.push(`${init?.method} ${url}`);
    const failure = failures.shift();
    const text = url.includes("tableinfo") ? JSON.stringify(info) : `\uFEFF${csv.replaceAll("\n", "\r\n")}`;
    const bytes = new TextEncoder().encode(text);
    return {
      ok: failure === undefined,
      status: failure ?? 200,
      arrayBuffer: async () => bytes.buffer as ArrayBuffer,
      text: async () => "busy",
    };
  };
  return { fetch, calls, sleeps, sleep: async (ms: number) => void sleeps.push(ms) };
}

const query = StatbankQuery.parse({
  measure: "regk31-forebyggende-born",
  table: "REGK31",
  variables: { FUNKTION: ["52821"] },
  time: ["2023", "2024"],
  label: "x",
  definition: "x",
  unit: "kr",
  denominator: "total",
  source: "Danmarks Statistik, REGK31",
  licence: "CC BY 4.0",
});

describe("fetchQuery", () => {
  it("turns the CSV into figures per municipality and year, national as 0, skipping .. and other areas", async () => {
    const api = fakeApi(
      "OMRÅDE;FUNKTION;TID;INDHOLD\n0;52821;2024;1351\n101;52821;2024;1100,5\n147;52821;2024;..\n910;52821;2024;5\n",
    );
    const figures = await fetchQuery({ fetch: api.fetch }, query, codes);
    expect(figures).toEqual([
      { year: 2024, municipality_code: 0, measure_id: query.measure, value: 1351 },
      { year: 2024, municipality_code: 101, measure_id: query.measure, value: 1100.5 },
    ]);
    expect(api.calls).toEqual([
      "GET https://api.statbank.dk/v1/tableinfo?format=json&id=REGK31&lang=da",
      "POST https://api.statbank.dk/v1/data",
    ]);
  });

  it("divides counts by the 1 January population when the query names a denominator", async () => {
    const api = fakeApi("OMRÅDE;TID;INDHOLD\n101;2024;50\n101;2024K1;2000\n");
    const rate = StatbankQuery.parse({
      ...query,
      per: 1000,
      denominatorQuery: { table: "REGK31", variables: {} },
    });
    const figures = await fetchQuery({ fetch: api.fetch }, rate, codes);
    // 50 (+ the 2000 row read as the same year, as the fake answers both requests alike) ÷ 2050 × 1000.
    expect(figures).toEqual([{ year: 2024, municipality_code: 101, measure_id: query.measure, value: 1000 }]);
  });

  it("retries politely on 503 and 429, and stops at once on 400", async () => {
    const api = fakeApi("OMRÅDE;TID;INDHOLD\n101;2024;1\n", [503, 429]);
    await fetchQuery({ fetch: api.fetch, sleep: api.sleep }, query, codes);
    expect(api.sleeps).toEqual([700, 1400]);
    const bad = fakeApi("", [400]);
    await expect(fetchQuery({ fetch: bad.fetch, sleep: bad.sleep }, query, codes)).rejects.toThrow(
      "StatBank answered 400",
    );
    expect(bad.sleeps).toEqual([]);
  });

  it("names the row and column of a cell it cannot read", async () => {
    const api = fakeApi("OMRÅDE;TID;INDHOLD\n101;2024;1\n147;2024;n/a\n");
    await expect(fetchQuery({ fetch: api.fetch }, query, codes)).rejects.toThrow(
      'REGK31, row 2, column INDHOLD: expected a number, ".." or empty; found "n/a"',
    );
  });
});

describe("offline and merging", () => {
  it("recognises a missing network, and not a bad answer", () => {
    const dns = Object.assign(new Error("getaddrinfo ENOTFOUND api.statbank.dk"), { code: "ENOTFOUND" });
    expect(isOffline(new TypeError("fetch failed", { cause: dns }))).toBe(true);
    expect(isOffline(dns)).toBe(true);
    expect(isOffline(new Error("StatBank answered 400"))).toBe(false);
  });
  it("replaces only the fetched measures' rows and keeps the order of the catalogue", () => {
    const row = (measure_id: string, year: number, value: number) => ({
      year,
      municipality_code: 101,
      measure_id,
      value,
    });
    expect(mergeFigures([row("a", 2023, 1), row("b", 2023, 2)], [row("a", 2024, 9)], ["a", "b"])).toEqual([
      row("a", 2024, 9),
      row("b", 2023, 2),
    ]);
  });
});
