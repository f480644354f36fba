import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { addEpisode, episodeCollector } from "../../../src/data/aggregate/episodes.ts";
import { ladderLayout } from "../../../src/data/aggregate/layout.ts";
import { runAggregate } from "../../../src/data/aggregate/run.ts";
import { monthlyVolumes } from "../../../src/data/aggregate/volumes.ts";
import type { LadderMappingRow } from "../../../src/data/schemas/extract.ts";
import type { LadderStepRow } from "../../../src/data/schemas/ladder.ts";
import { EXTRACT_HEADER, episode } from "../../fixtures/extract.ts";

const steps: LadderStepRow[] = ["let", "tung"].map((step_id, order) => ({
  area: "a",
  step_id,
  order,
  title: step_id,
  description: "-",
  legal_basis: "-",
}));
const mapping: LadderMappingRow[] = [
  { area: "a", code: "L1", step_id: "let" },
  { area: "a", code: "T1", step_id: "tung" },
];

// January 2023, worked out by hand: let has P1 all month at 36.500 kr. a year (3.100 kr.);
// tung has P3 all month at 730.000 kr. (62.000 kr.) and P2 for 16 days at 365.000 kr. (16.000 kr.).
const extract = [
  episode("P1", "L1", "2023-01-01", "", 36_500),
  episode("P2", "T1", "2023-01-16", "2023-01-31", 365_000),
  episode("P3", "T1", "2023-01-01", "2023-01-31", 730_000),
];

function volumes() {
  const { layout } = ladderLayout(steps, { rows: mapping, rowNumbers: [1, 2], issues: [] }, "mapping");
  const collector = episodeCollector(4);
  for (const row of extract) addEpisode(collector, row, layout.codes.get("a")?.get(row.service_code) ?? 0);
  return monthlyVolumes(collector.table(), layout, { first: 2023, last: 2023 });
}

describe("monthlyVolumes", () => {
  const rows = volumes();
  const at = (step: string, month: string) => rows.find((r) => r.step_id === step && r.month === month);

  it("counts the average number running in the month, and their spend for the days they ran", () => {
    expect(at("let", "2023-01")).toEqual({
      area: "a",
      step_id: "let",
      month: "2023-01",
      volume: 1,
      spend: 3100,
      unit_price: 36_500,
    });
    expect(at("tung", "2023-01")).toMatchObject({ volume: 1.52, spend: 78_000 });
  });

  it("prices a unit per year, weighted by the days each episode ran", () => {
    // 78.000 kr. for 47 episode-days of 365: 605.745 kr. a year.
    expect(at("tung", "2023-01")?.unit_price).toBe(Math.round((78_000 * 365) / 47));
    expect(at("let", "2023-02")).toMatchObject({ volume: 1, spend: 2800, unit_price: 36_500 });
  });

  it("writes every step and month, with no price where nothing ran", () => {
    expect(rows).toHaveLength(24);
    expect(at("tung", "2023-02")).toMatchObject({ volume: 0, spend: 0, unit_price: "" });
  });
});

describe("npm run aggregate -- --volumes", () => {
  it("writes ladder/volumes.csv beside the ladder tables, with no person key in it", async () => {
    const root = mkdtempSync(join(tmpdir(), "udvalgsbrief-volumes-"));
    try {
      mkdirSync(join(root, "in"));
      writeFileSync(
        join(root, "in", "extract.csv"),
        `${EXTRACT_HEADER}\nP000001,a,L1,kommunal,2022-01-01,,36500\nP000002,a,T1,kommunal,2023-03-01,2023-12-31,365000\n`,
      );
      writeFileSync(join(root, "mapping.csv"), "area,code,step_id\na,L1,let\na,T1,tung\n");
      writeFileSync(
        join(root, "steps.csv"),
        "area,step_id,order,title,description,legal_basis\na,let,0,Let,-,-\na,tung,1,Tung,-,-\n",
      );
      const result = await runAggregate({
        input: join(root, "in"),
        out: join(root, "out"),
        mapping: join(root, "mapping.csv"),
        steps: join(root, "steps.csv"),
        years: { first: 2023, last: 2023 },
        allowUnmapped: false,
        volumes: true,
      });
      expect(result.written.map((p) => p.slice(root.length))).toEqual([
        "/out/ladder/stocks.csv",
        "/out/ladder/flows.csv",
        "/out/ladder/volumes.csv",
      ]);
      const text = readFileSync(join(root, "out", "ladder", "volumes.csv"), "utf8");
      expect(text.split("\n").slice(0, 2)).toEqual([
        "area,step_id,month,volume,spend,unit_price",
        "a,let,2023-01,1,3100,36500",
      ]);
      expect(text).toContain("a,tung,2023-03,1,31000,365000");
      expect(text).not.toMatch(/P0000/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
