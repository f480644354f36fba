import { describe, expect, it } from "vitest";
import type { MeasureRow } from "../../../src/data/schemas/measures.ts";
import type { MunicipalityRow } from "../../../src/data/schemas/reference.ts";
import {
  decomposeGap,
  denominatorText,
  MEDIAN_LABEL,
  middle,
  NATIONAL_LABEL,
  nationalFigure,
  normalise,
  rank,
} from "../../../src/data/transform/benchmarks.ts";
import { nearestPeers } from "../../../src/data/transform/peer-groups.ts";
import { tileGrid } from "../../../src/data/transform/tile-grid.ts";

const town = (code: number, total: number, young: number, old: number): MunicipalityRow => ({
  code,
  municipality: `Kommune ${code}`,
  region: "Region Syddanmark",
  population_year: 2014,
  population_total: total,
  population_0_17: young,
  population_18_64: total - young - old,
  population_65_plus: old,
  lon: 9 + code / 1000,
  lat: 55 + code / 1000,
});

const placements: MeasureRow = {
  id: "bm-anbringelser",
  label: "Anbragte børn og unge",
  definition: "Antal anbragte i året.",
  unit: "count",
  direction: "lower_better",
  source: "Test",
  area: "born-familie",
  frequency: "year",
  counts_people: true,
  denominator: "0-17",
  per: 1000,
  target: undefined,
  target_label: undefined,
};

describe("normalise", () => {
  it("takes the published per-capita figure as it is, without dividing again", () => {
    const rows = [
      { year: 2024, municipality_code: 101, measure_id: "bm-anbringelser", value: 8.5 },
      { year: 2024, municipality_code: 0, measure_id: "bm-anbringelser", value: 7 },
      { year: 2024, municipality_code: 101, measure_id: "other", value: 99 },
    ];
    const values = normalise(rows, [town(101, 50_000, 10_000, 9_000)], placements);
    expect(values).toEqual([
      { code: 101, municipality: "Kommune 101", year: 2024, value: 8.5, perCapita: 8.5 },
    ]);
  });
  it("names the denominator in Danish", () => {
    expect(denominatorText(placements)).toBe("pr. 1.000 0–17-årige");
    expect(denominatorText({ ...placements, denominator: "65+", per: 1 })).toBe(
      "pr. borger på 65 år og derover",
    );
    expect(denominatorText({ ...placements, denominator: "total", per: 1 })).toBe("pr. indbygger");
  });
});

describe("middle", () => {
  it("is the middle value of an odd count and the mean of the two middle ones of an even count", () => {
    expect(middle([9, 1, 5])).toBe(5);
    expect(middle([4, 1, 3, 10])).toBe(3.5);
    expect(middle([-418, 2])).toBe(-208);
    expect(middle([])).toBeUndefined();
  });
});

describe("nationalFigure", () => {
  const rows = [
    { year: 2024, municipality_code: 0, measure_id: "a", value: 1351 },
    { year: 2023, municipality_code: 0, measure_id: "b", value: 50 },
  ];
  it("uses the published national row of the same measure and year", () => {
    expect(nationalFigure(rows, "a", 2024, [1, 2, 3])).toEqual({
      value: 1351,
      label: NATIONAL_LABEL,
      published: true,
    });
  });
  it("falls back to the middle municipality, named as such, when the source publishes none", () => {
    expect(nationalFigure(rows, "a", 2023, [10, 30, 20])).toEqual({
      value: 20,
      label: MEDIAN_LABEL,
      published: false,
    });
    expect(nationalFigure(rows, "b", 2024, [10, 30])).toEqual({
      value: 20,
      label: MEDIAN_LABEL,
      published: false,
    });
  });
});

describe("rank", () => {
  const v = (code: number, perCapita: number) => ({
    code,
    municipality: String(code),
    year: 2025,
    value: perCapita,
    perCapita,
  });
  it("ranks lowest first and lets ties share the better rank", () => {
    expect(rank([v(1, 5), v(2, 3), v(3, 5), v(4, 9)], "lower_better").map((r) => [r.code, r.rank])).toEqual([
      [2, 1],
      [1, 2],
      [3, 2],
      [4, 4],
    ]);
  });
  it("ranks highest first when higher is better", () => {
    expect(rank([v(1, 5), v(2, 3)], "higher_better").map((r) => r.code)).toEqual([1, 2]);
  });
});

describe("nearestPeers", () => {
  // Home is mid-sized with a typical age mix; 2 and 3 are near copies, 4 is a big city, 5 a small old island.
  const towns = [
    town(1, 90_000, 20_000, 16_000),
    town(2, 88_000, 19_500, 16_200),
    town(3, 93_000, 20_500, 15_500),
    town(4, 600_000, 100_000, 60_000),
    town(5, 2_000, 250, 700),
    town(6, 45_000, 9_000, 9_500),
  ];
  it("chooses the municipalities most like the home one, nearest first", () => {
    expect(nearestPeers(towns, 1, 3).map((p) => p.code)).toEqual([2, 3, 6]);
  });
  it("puts the unlike ones furthest away", () => {
    const all = nearestPeers(towns, 1, 5);
    expect(all.at(-1)?.code).toBe(5);
    expect(all[0]?.distance).toBeLessThan(all.at(-1)?.distance ?? 0);
  });
});

describe("decomposeGap", () => {
  it("splits the gap into volume and price effects that add up exactly", () => {
    const d = decomposeGap({ spend: 12_000, volume: 0.01 }, { spend: 9_000, volume: 0.009 });
    expect(d.gap).toBe(3_000);
    expect(d.volumeEffect + d.priceEffect).toBeCloseTo(d.gap, 6);
    expect(d.home.price).toBeCloseTo(1_200_000);
    expect(d.peers.price).toBeCloseTo(1_000_000);
    expect(d.volumeEffect).toBeCloseTo(0.001 * 1_100_000);
  });
  it("gives no price effect when prices are equal", () => {
    const d = decomposeGap({ spend: 200, volume: 2 }, { spend: 100, volume: 1 });
    expect(d.priceEffect).toBeCloseTo(0);
    expect(d.volumeEffect).toBeCloseTo(100);
  });
});

describe("tileGrid", () => {
  it("gives every municipality its own tile", () => {
    const tiles = tileGrid([
      town(1, 1, 0, 0),
      town(2, 1, 0, 0),
      { ...town(3, 1, 0, 0), lon: 9.001, lat: 55.001 },
    ]);
    expect(tiles).toHaveLength(3);
    expect(new Set(tiles.map((t) => `${t.col},${t.row}`)).size).toBe(3);
  });
});
