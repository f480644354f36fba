import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { type AttackerSum, type AttackerView, attack, type Published } from "../data/privacy/attacker.ts";

/**
 * The attacker of the disclosure audit, pointed at the built site instead of the pipeline: every
 * ladder count it can read in dist/ (the downloads, the movement totals in the flow chart's text
 * alternative, the goal shares in the figure CSVs), every sum those tables imply, solved together
 * with GLPK. The truth comes from data/. No withheld count may be recovered or narrowed.
 */
const ROOT = join(import.meta.dirname, "../..");
const DIST = join(ROOT, "dist");
const THRESHOLD = Number(
  JSON.parse(readFileSync(join(ROOT, "data/site.json"), "utf8")).suppression.publicThreshold,
);

function csv(path: string, separator = ","): Record<string, string>[] {
  const lines = readFileSync(path, "utf8")
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "" && !line.startsWith("#"));
  const [header = "", ...rows] = lines;
  const columns = header.split(separator);
  return rows.map((row) => Object.fromEntries(row.split(separator).map((cell, i) => [columns[i], cell])));
}

const label = (text: string): Published =>
  /^under/.test(text)
    ? "under"
    : text === "skjult" || text === "et skjult antal"
      ? "skjult"
      : Number(text.replace(/\./g, ""));

test("no withheld ladder count can be worked out from everything dist/ publishes", async () => {
  test.setTimeout(300_000);
  const cells = new Map<string, Published>();
  const truth = new Map<string, number>();
  const sums: AttackerSum[] = [];
  const shares: NonNullable<AttackerView["shares"]> = [];

  const stocks = csv(join(DIST, "data/indsatstrappe-borgere.csv"));
  const flows = csv(join(DIST, "data/indsatstrappe-bevaegelser.csv"));
  const realStocks = csv(join(ROOT, "data/ladder/stocks.csv"));
  const realFlows = csv(join(ROOT, "data/ladder/flows.csv"));
  const real = (rows: Record<string, string>[], match: Record<string, string>) =>
    Number(rows.find((r) => Object.entries(match).every(([k, v]) => r[k] === v))?.citizens ?? 0);

  for (const s of stocks) {
    const name = `s ${s.area} ${s.step_id} ${s.period}`;
    cells.set(name, label(s.citizens ?? ""));
    truth.set(
      name,
      real(realStocks, { area: s.area ?? "", step_id: s.step_id ?? "", period: s.period ?? "" }),
    );
  }
  for (const f of flows) {
    const name = `f ${f.area} ${f.period} ${f.from_step} ${f.to_step}`;
    cells.set(name, label(f.citizens ?? ""));
    truth.set(
      name,
      real(realFlows, {
        area: f.area ?? "",
        period: f.period ?? "",
        from_step: f.from_step ?? "",
        to_step: f.to_step ?? "",
      }),
    );
  }
  const areas = [...new Set(stocks.map((s) => s.area ?? ""))];
  for (const area of areas) {
    const steps = [...new Set(stocks.filter((s) => s.area === area).map((s) => s.step_id ?? ""))];
    const years = [...new Set(stocks.filter((s) => s.area === area).map((s) => Number(s.period)))].sort();
    for (const year of years) {
      // The year's total is not printed as a number, but the reader knows the steps add up to it.
      const total = `total ${area} ${year}`;
      cells.set(total, "skjult");
      truth.set(
        total,
        steps.reduce((sum, id) => sum + (truth.get(`s ${area} ${id} ${year}`) ?? 0), 0),
      );
      sums.push({ parts: steps.map((id) => `s ${area} ${id} ${year}`), total });
      if (year === years[0]) continue;
      for (const id of steps) {
        sums.push({
          parts: [...steps, "ud"].map((t) => `f ${area} ${year} ${id} ${t}`),
          total: `s ${area} ${id} ${year - 1}`,
        });
        sums.push({
          parts: ["ind", ...steps].map((f) => `f ${area} ${year} ${f} ${id}`),
          total: `s ${area} ${id} ${year}`,
        });
      }
    }
    // Movement totals of the latest year, as the flow chart's text alternative states them.
    const page = readFileSync(join(DIST, `indsatstrappe/${area}/index.html`), "utf8");
    const value = "(under\\s\\d+|skjult|[\\d.]+)";
    const said = new RegExp(
      `i (\\d{4})\\. ${value} ned ad trappen, ${value} op ad trappen, ${value} blev på trinnet, ${value} kom ind, ${value} gik ud`,
    ).exec(page.replace(/\u00a0/g, " "));
    expect(said, `the movement totals of ${area}`).not.toBeNull();
    if (said) {
      const year = Number(said[1]);
      const kindOf = (f: string, t: string) =>
        f === "ind"
          ? "entered"
          : t === "ud"
            ? "left"
            : steps.indexOf(t) < steps.indexOf(f)
              ? "down"
              : steps.indexOf(t) > steps.indexOf(f)
                ? "up"
                : "stayed";
      ["down", "up", "stayed", "entered", "left"].forEach((kind, k) => {
        const parts = flows
          .filter(
            (f) =>
              f.area === area &&
              Number(f.period) === year &&
              kindOf(f.from_step ?? "", f.to_step ?? "") === kind,
          )
          .map((f) => `f ${area} ${year} ${f.from_step} ${f.to_step}`);
        const name = `m ${area} ${year} ${kind}`;
        cells.set(name, label(said[k + 2] ?? ""));
        truth.set(
          name,
          parts.reduce((sum, p) => sum + (truth.get(p) ?? 0), 0),
        );
        sums.push({ parts, total: name });
      });
    }
  }
  // Goal shares as printed in the figure CSVs (whole percent), against the year's total.
  for (const area of areas) {
    let rows: Record<string, string>[] = [];
    try {
      rows = csv(join(DIST, `csv/${area}-maal.csv`), ";");
    } catch {
      continue;
    }
    const site = JSON.parse(readFileSync(join(ROOT, "data/site.json"), "utf8"));
    const lower: string[] =
      site.areas.find((a: { id: string }) => a.id === area)?.ladderGoal?.lowerSteps ?? [];
    for (const row of rows) {
      const year = row.År;
      const printed = Object.entries(row).find(([key]) => key.startsWith("Andel"))?.[1];
      if (!year || !printed) continue;
      shares.push({
        numerator: lower.map((id) => `s ${area} ${id} ${year}`),
        denominator: [`total ${area} ${year}`],
        printed: Number(printed.replace(",", ".")) / 100,
      });
    }
  }
  expect(shares.length).toBeGreaterThan(0);
  expect([...cells.values()].filter((v) => v === "under").length).toBeGreaterThan(10);
  const breaches = await attack({ cells, sums, shares, threshold: THRESHOLD }, truth);
  // The totals are the reader's unknowns (not printed), so only printed cells must hold.
  expect(breaches.filter((b) => !b.cell.startsWith("total "))).toEqual([]);
});
