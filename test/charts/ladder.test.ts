import { describe, expect, it } from "vitest";
import { ladderFlowChart } from "../../src/charts/ladder-flows.ts";
import { ladderHistoryChart } from "../../src/charts/ladder-history.ts";
import { ladderSharesChart } from "../../src/charts/ladder-shares.ts";
import { ladderStairChart } from "../../src/charts/ladder-stair.ts";
import { ladderCounts, ladderSummary } from "../../src/data/transform/ladder.ts";
import { NBSP } from "../../src/i18n/format.ts";
import { threeStepLadder as tables } from "../fixtures/ladder.ts";
import { snapshotSvg } from "./snapshot.ts";

const counts = ladderCounts(tables, "a", 5);
const [first, latest] = [2024, 2025].map((year) => ladderSummary(tables, counts, "a", year));
if (!first || !latest) throw new Error("fixture has two years");
const years = [first, latest];
const children = { one: "barn", other: "børn", definite: "børnene" };
const common = { areaName: "Børn og familie", noun: children, source: "Testdata", asOf: "2026-10-31" };
const plain = (text: string) => text.replaceAll(NBSP, " ");

describe("ladder charts", () => {
  it("the stair states how few children hold how much of the spend", async () => {
    const spec = ladderStairChart({ ...common, id: "trappe", summary: latest });
    expect(plain(spec.title)).toBe("35 % af børnene er i tung og mellem, men de står for 94 % af udgifterne");
    await expect(snapshotSvg(spec)).toMatchFileSnapshot("../snapshots/ladder-stair.svg");
  });

  it("the shares butterfly", async () => {
    const spec = ladderSharesChart({ ...common, id: "andele", summary: latest });
    expect(plain(spec.title)).toBe("tung: 9 % af børnene, 68 % af udgifterne");
    await expect(snapshotSvg(spec)).toMatchFileSnapshot("../snapshots/ladder-shares.svg");
  });

  it("the flow matrix says how many moved down and up", async () => {
    const spec = ladderFlowChart({ ...common, id: "flyt", steps: tables.steps, counts, year: 2025 });
    expect(plain(spec.title)).toBe("I 2025 flyttede 25 børn ned ad trappen og 0 op");
    await expect(snapshotSvg(spec)).toMatchFileSnapshot("../snapshots/ladder-flows.svg");
  });

  it("names the citizens in the area's own forms: 'unge' reads 'pr. ung' and 'de unge', never 'pr. borger'", () => {
    const young = { one: "ung", other: "unge", definite: "de unge" };
    const spec = ladderStairChart({ ...common, noun: young, id: "trappe", summary: latest });
    expect(plain(spec.title)).toBe("35 % af de unge er i tung og mellem, men de står for 94 % af udgifterne");
    expect(spec.subtitle).toContain("udgift pr. ung pr. år");
    expect(JSON.stringify([spec.alt, spec.subtitle, spec.table])).not.toMatch(/borger|barn|børn/);
    expect(plain(ladderSharesChart({ ...common, noun: young, id: "andele", summary: latest }).title)).toBe(
      "tung: 9 % af de unge, 68 % af udgifterne",
    );
  });

  it("the development per step", async () => {
    const spec = ladderHistoryChart({ ...common, id: "udvikling", years });
    await expect(snapshotSvg(spec)).toMatchFileSnapshot("../snapshots/ladder-history.svg");
  });
});
