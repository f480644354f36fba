import { describe, expect, it } from "vitest";
import { compareGapChart, gapSentences } from "../../src/charts/compare-gap.ts";
import { compareRankChart } from "../../src/charts/compare-rank.ts";
import { positionSentence } from "../../src/charts/compare-words.ts";
import type { MeasureRow } from "../../src/data/schemas/measures.ts";
import { decomposeGap, rank } from "../../src/data/transform/benchmarks.ts";
import { NBSP } from "../../src/i18n/format.ts";
import { snapshotSvg } from "./snapshot.ts";

const spend: MeasureRow = {
  id: "bm-udgift-anbringelser",
  label: "Udgifter til anbringelser",
  definition: "Nettodriftsudgifter til anbringelser i året.",
  unit: "kr",
  direction: "lower_better",
  source: "Test",
  area: "born-familie",
  frequency: "year",
  counts_people: false,
  denominator: "0-17",
  per: 1,
  target: undefined,
  target_label: undefined,
};
const names = [
  "Gladsaxe",
  "Viborg",
  "Horsens",
  "Herning",
  "Holbæk",
  "Vejle",
  "Kolding",
  "Roskilde",
  "Aarhus",
  "Odense",
];
const values = names.map((municipality, i) => ({
  code: 100 + i,
  municipality,
  year: 2025,
  value: 0,
  population: 1,
  perCapita: 6_000 + i * 900,
}));
const ranked = rank(values, "lower_better");
const plain = (text: string) => text.replaceAll(NBSP, " ");

describe("positionSentence", () => {
  it("names the municipality, compares with the peers first and gives the country as a fifth, not a rank", () => {
    expect(plain(positionSentence(spend, ranked, 106, [100, 101, 102, 107], "Kolding"))).toBe(
      "Kolding ligger over sammenligningskommunerne (11.400 mod 7.350 for den midterste af dem) og i den næsthøjeste femtedel af landets 10 kommuner.",
    );
  });
  it("says 'på niveau med' within 5 %, and never 'os'", () => {
    const sentence = positionSentence(spend, ranked, 106, [104, 105, 107, 108], "Kolding");
    expect(plain(sentence)).toMatch(/^Kolding ligger på niveau med sammenligningskommunerne/);
    expect(sentence).not.toMatch(/\bos\b|\bvi\b/i);
  });
});

describe("comparison charts", () => {
  it("the ranked dot plot", async () => {
    const spec = compareRankChart({
      id: "placering",
      homeName: "Kolding",
      measure: spend,
      year: 2025,
      ranked,
      home: 106,
      peers: [100, 101, 102, 107],
      national: 9_800,
      source: "Test",
      caveats: [],
      asOf: "2026-10-31",
    });
    await expect(snapshotSvg(spec)).toMatchFileSnapshot("../snapshots/compare-rank.svg");
  });

  it("the gap split into volume and price, with a sentence each", async () => {
    const input = {
      id: "forskel",
      spendMeasure: spend,
      volumeMeasure: {
        ...spend,
        id: "bm-anbringelser",
        label: "Anbragte børn og unge",
        unit: "count" as const,
        per: 1000,
      },
      homeName: "Kolding",
      year: 2025,
      decomposition: decomposeGap({ spend: 12_000, volume: 0.0095 }, { spend: 9_000, volume: 0.009 }),
      volumeLabel: "flere anbragte børn",
      unitLabel: "udgift pr. anbragt barn",
      source: "Test",
      asOf: "2026-10-31",
    };
    expect(gapSentences(input).map(plain)).toEqual([
      "Kolding bruger 3.000 kr. mere pr. 0–17-årig end sammenligningskommunerne",
      "566 kr. mere skyldes flere anbragte børn.",
      "2.434 kr. mere skyldes højere udgift pr. anbragt barn.",
    ]);
    await expect(snapshotSvg(compareGapChart(input))).toMatchFileSnapshot("../snapshots/compare-gap.svg");
  });
});

describe("comparisonFor on the demo data", () => {
  it("uses the figures as published, with DST's national row where there is one", async () => {
    const { loadDataset } = await import("../../src/data/load/dataset.ts");
    const { demoDataWith } = await import("../fixtures/data-folder.ts");
    const { comparisonFor } = await import("../../src/figures/compare-figures.ts");
    const data = loadDataset("data", demoDataWith());
    const spend = data.measures.find((m) => m.id === "regk31-forebyggende-born");
    if (!spend) throw new Error("real measure missing");
    const c = comparisonFor(data, spend);
    const published = data.benchmarks.filter((b) => b.measure_id === spend.id && b.year === c.year);
    expect(c.ranked).toHaveLength(98);
    expect(c.nationalLabel).toBe("Hele landet");
    expect(c.national).toBe(published.find((b) => b.municipality_code === 0)?.value);
    const home = c.ranked.find((r) => r.code === data.site.municipalityCode);
    expect(home?.perCapita).toBe(
      published.find((b) => b.municipality_code === data.site.municipalityCode)?.value,
    );
    const notifications = data.measures.find((m) => m.id === "underretninger-pr-1000");
    if (!notifications) throw new Error("real measure missing");
    const n = comparisonFor(data, notifications);
    expect(n.nationalLabel).toBe("Midterste kommune");
    const sorted = n.ranked.map((r) => r.perCapita).sort((a, b) => a - b);
    expect(n.national).toBe(((sorted[48] ?? 0) + (sorted[49] ?? 0)) / 2);
    const peerValues = n.ranked
      .filter((r) => n.peers.peers.some((p) => p.code === r.code))
      .map((r) => r.perCapita)
      .sort((a, b) => a - b);
    expect(n.peerRate).toBe(peerValues[Math.floor(peerValues.length / 2)]);
  });

  it("leaves out municipalities whose count of people is under the threshold, everywhere", async () => {
    const { loadDataset } = await import("../../src/data/load/dataset.ts");
    const { demoDataWith } = await import("../fixtures/data-folder.ts");
    const { comparisonFor } = await import("../../src/figures/compare-figures.ts");
    const real = loadDataset("data", demoDataWith());
    const base = real.measures.find((m) => m.id === "underretninger-pr-1000");
    if (!base) throw new Error("real measure missing");
    const measure = { ...base, id: "test-antal", counts_people: true };
    const data = {
      ...real,
      measures: [...real.measures, measure],
      benchmarks: real.municipalities.map((m, i) => ({
        year: 2024,
        municipality_code: m.code,
        measure_id: "test-antal",
        value: i % 10 === 0 ? 3 : 40 + i,
      })),
    };
    const c = comparisonFor(data, measure);
    expect(c.withheld.length).toBe(10);
    for (const r of c.ranked) expect(r.value === 0 || r.value >= 5, r.municipality).toBe(true);
    expect(c.ranked.some((r) => c.withheld.includes(r.municipality))).toBe(false);
  });
});
