import { describe, expect, it } from "vitest";
import { bridgeTitle, driverPhrase } from "../../src/charts/bridge-words.ts";
import { bridgeSteps, budgetBridgeChart } from "../../src/charts/budget-bridge.ts";
import { lineAssumptions, lineBridge } from "../../src/data/transform/budget-bridge.ts";
import { NBSP } from "../../src/i18n/format.ts";
import { monthlyCounts, placementAssumption } from "../fixtures/budget-assumptions.ts";
import { evenFinanceRows } from "../fixtures/finance-rows.ts";
import { snapshotSvg } from "./snapshot.ts";

const plain = (text: string) => text.replaceAll(NBSP, " ");
const monthly = { frequency: "month" } as const;

/** Plejefamilier's bridge; `expected` replaces its expected result (12 mio. kr. against a budget of 11). */
function bridgeFor(counts: number[], overrides = {}, expected?: number) {
  const [assumption] = lineAssumptions([placementAssumption(overrides)]);
  if (!assumption) throw new Error("no assumption");
  const finance = evenFinanceRows().map((row) =>
    expected !== undefined && row.function_code === "5.28.20" ? { ...row, expected_result: expected } : row,
  );
  const bridge = lineBridge(assumption, finance, monthlyCounts("anbringelser", counts), monthly, 2026);
  if (!bridge) throw new Error("no bridge");
  return bridge;
}

describe("budgetBridgeChart", () => {
  const bridge = bridgeFor(Array(10).fill(8));
  const spec = budgetBridgeChart({
    id: "born-familie-bro-plejefamilier",
    bridge,
    measureLabel: "Anbragte børn og unge",
    source: "Kolding Kommune (testdata)",
    asOf: "2026-10-31",
  });

  it("states the finding: what carries the overspend, with both differences", async () => {
    expect(plain(spec.title)).toBe(
      "Merforbruget på anbringelser i plejefamilie skyldes prisen: 2 anbringelser færre end budgetteret, men 400.000 kr. mere pr. anbringelse",
    );
    await expect(snapshotSvg(spec)).toMatchFileSnapshot("../snapshots/budget-bridge.svg");
  });

  it("walks from the budget to the deviation in steps that add up exactly", () => {
    expect(bridgeSteps(bridge)).toEqual([
      { step: "Mængde", from: 0, to: -2_200_000, kind: "effect" },
      { step: "Pris", from: -2_200_000, to: 1_000_000, kind: "effect" },
      { step: "Andet", from: 1_000_000, to: 1_000_000, kind: "effect" },
      { step: "Afvigelse i alt", from: 0, to: 1_000_000, kind: "total" },
    ]);
  });

  it("tables the budget, each effect and the expected result, which add up", () => {
    const amounts = spec.table.rows.map((row) => row.amount as number);
    expect(amounts).toEqual([11_000_000, -2_200_000, 3_200_000, 0, 12_000_000]);
    expect((amounts[0] ?? 0) + (amounts[1] ?? 0) + (amounts[2] ?? 0) + (amounts[3] ?? 0)).toBe(amounts[4]);
    expect(spec.table.rows[4]).toMatchObject({ volume: 8, price: 1_500_000 });
  });

  it("says the effects in the text alternative and the definitions", () => {
    expect(plain(spec.alt)).toBe(
      "Vandfaldsdiagram fra korrigeret budget 11,0 mio. kr. til forventet regnskab 12,0 mio. kr. for anbringelser i plejefamilie. Mængden: −2,2 mio. kr.; prisen: +3,2 mio. kr.; andet: ±0,0 mio. kr.; afvigelse i alt +1,0 mio. kr. Der er 2 anbringelser færre end budgetteret, men 400.000 kr. mere pr. anbringelse.",
    );
    expect(plain(spec.definitions[1] ?? "")).toBe(
      "Budgetteret mængde og pris er de forudsætninger, budgettet blev lagt på: 10 anbringelser à 1.100.000 kr. pr. anbringelse pr. år.",
    );
  });
});

describe("bridge wording", () => {
  it("blames volume for an overspend from more placements, and joins same-signed differences with 'og'", () => {
    expect(
      plain(bridgeTitle(bridgeFor(Array(10).fill(11), { unit_price: 1_000_000, budget: 10_000_000 }))),
    ).toBe(
      "Merforbruget på anbringelser i plejefamilie skyldes mængden: 1 anbringelse flere end budgetteret, og 91.000 kr. mere pr. anbringelse",
    );
  });

  it("names an underspend carried by volume against a higher price", () => {
    expect(plain(bridgeTitle(bridgeFor(Array(10).fill(9), {}, 10_800_000)))).toBe(
      "Mindreforbruget på anbringelser i plejefamilie skyldes mængden: 1 anbringelse færre end budgetteret, men 100.000 kr. mere pr. anbringelse",
    );
  });

  it("says a line on budget holds it, with the same volume and price", () => {
    const bridge = bridgeFor(Array(10).fill(10), {}, 11_000_000);
    expect(driverPhrase(bridge)).toBe("Anbringelser i plejefamilie holder budgettet");
    expect(plain(bridgeTitle(bridge))).toBe(
      "Anbringelser i plejefamilie holder budgettet: samme antal anbringelser som budgetteret, og samme pris pr. anbringelse",
    );
  });

  it("prices hours per hour, to the kr.", () => {
    const hours = bridgeFor(Array(10).fill(2000), { unit: "hours", volume: 22_000, unit_price: 500 });
    expect(plain(bridgeTitle(hours))).toBe(
      "Merforbruget på anbringelser i plejefamilie skyldes mængden: 2.000 timer flere end budgetteret, og samme pris pr. time",
    );
  });
});
