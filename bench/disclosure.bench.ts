// Small-cell protection against the attacker's audit (HiGHS): time, size of the integer programs
// and information loss, for the demo, synthetic extracts (20 k and 1 M episodes; BENCH_DISCLOSURE_EPISODES
// to change) and a ladder of 12 steps × 10 years × 4 areas. Each case is solved from scratch (no
// pattern cache), in this process. Also times the same audit with GLPK (glpk.js) on the demo, the
// measurement behind choosing HiGHS.
import { cpus, totalmem } from "node:os";
import GLPK from "glpk.js/node";
import { loadDataset } from "../src/data/load/dataset.ts";
import { type ProtectReport, protectCells } from "../src/data/privacy/protect.ts";
import type { LinearRelation, Withheld } from "../src/data/privacy/relations.ts";
import { OUTSIDE } from "../src/data/schemas/ladder.ts";
import {
  type LadderTables,
  ladderCells,
  ladderProtection,
  ladderSteps,
  SHARE_MINIMUM_FACTOR,
} from "../src/data/transform/ladder.ts";
import { aggregateRows } from "../tools/aggregate/rows.ts";
import { demoExtractSeed, scaleForEpisodes, syntheticExtract } from "../tools/demo/extract.ts";
import { demoLadderSteps, demoMapping } from "../tools/demo/ladder.ts";
import type { BenchResult } from "./report.ts";

const THRESHOLD = 5;
const EPISODES = (process.env.BENCH_DISCLOSURE_EPISODES ?? "20000,1000000").split(",").map(Number);

/** The same protection the site runs (ladderCounts), without the cache, for one area. */
function protectArea(tables: LadderTables, area: string, lower: readonly string[]) {
  const cells = ladderCells(tables, area, lower, SHARE_MINIMUM_FACTOR * THRESHOLD);
  return { cells, ...protectCells(ladderProtection(cells, THRESHOLD)) };
}

interface CaseFigures {
  seconds: number;
  cells: number;
  variables: number;
  constraints: number;
  small: number;
  complementary: number;
  hidden: number;
  published: number;
}

function protectAll(tables: LadderTables, areas: { id: string; lower: readonly string[] }[]): CaseFigures {
  const started = performance.now();
  const sum: CaseFigures = {
    seconds: 0,
    cells: 0,
    variables: 0,
    constraints: 0,
    small: 0,
    complementary: 0,
    hidden: 0,
    published: 0,
  };
  for (const area of areas) {
    const { cells, report } = protectArea(tables, area.id, area.lower);
    add(sum, cells.values.length, report);
  }
  sum.seconds = (performance.now() - started) / 1000;
  return sum;
}

function add(sum: CaseFigures, cells: number, report: ProtectReport) {
  sum.cells += cells;
  sum.variables += report.audit.variables;
  sum.constraints += report.audit.constraints;
  sum.small += report.withheldSmall;
  sum.complementary += report.withheldComplementary;
  sum.hidden += report.peopleHidden;
  sum.published += report.peoplePublished;
}

function fromExtract(episodes: number): LadderTables {
  const years = { first: 2022, last: 2025 };
  const base = { seed: demoExtractSeed(7), years };
  const rows = syntheticExtract({ ...base, scale: scaleForEpisodes(episodes, base), limit: episodes });
  const steps = demoLadderSteps();
  return { steps, ...aggregateRows(rows, demoMapping(), steps, years) };
}

/** A big ladder: `steps` steps, `years` years, `areas` areas, with small and large flows mixed. */
function bigLadder(steps: number, years: number, areas: number): LadderTables {
  let state = 12345;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const tables: {
    steps: LadderTables["steps"][number][];
    stocks: LadderTables["stocks"][number][];
    flows: LadderTables["flows"][number][];
  } = { steps: [], stocks: [], flows: [] };
  for (let a = 0; a < areas; a += 1) {
    const area = `omraade-${a}`;
    const ids = Array.from({ length: steps }, (_, i) => `trin-${i}`);
    for (const [order, id] of ids.entries())
      tables.steps.push({ area, step_id: id, order, title: id, description: id, legal_basis: "-" });
    let stock = ids.map((_, i) => Math.round(400 / (i + 1) ** 1.5 + random() * 3));
    const push = (year: number) =>
      ids.forEach((id, i) => {
        tables.stocks.push({
          area,
          step_id: id,
          period: year,
          citizens: stock[i] ?? 0,
          spend: 1,
          avg_duration_months: 1,
        });
      });
    push(2016);
    for (let y = 1; y < years; y += 1) {
      const year = 2016 + y;
      const into = ids.map(() => 0);
      ids.forEach((from, i) => {
        let left = stock[i] ?? 0;
        for (let j = Math.max(0, i - 1); j <= Math.min(steps - 1, i + 1); j += 1) {
          const n = Math.min(left, Math.round(left * (j === i ? 0.5 : 0.1) * random() * 2));
          left -= n;
          into[j] = (into[j] ?? 0) + n;
          tables.flows.push({ area, period: year, from_step: from, to_step: ids[j] as string, citizens: n });
        }
        tables.flows.push({ area, period: year, from_step: from, to_step: OUTSIDE.exit, citizens: left });
      });
      ids.forEach((to, j) => {
        const n = Math.round((300 / (j + 1) ** 2) * random());
        into[j] = (into[j] ?? 0) + n;
        tables.flows.push({ area, period: year, from_step: OUTSIDE.entry, to_step: to, citizens: n });
      });
      stock = into;
      push(year);
    }
  }
  return tables;
}

/** The final audit of a pattern again, with GLPK instead of HiGHS: one MIP per value to check. */
async function glpkAuditSeconds(
  values: readonly number[],
  relations: readonly LinearRelation[],
  withheld: readonly Withheld[],
): Promise<number> {
  const glpk = await GLPK();
  const started = performance.now();
  const hidden = withheld.flatMap((w, cell) => (w ? [cell] : []));
  const big = values.reduce((a, b) => a + b, 0) + THRESHOLD;
  const name = (cell: number) => `x${cell}`;
  const subjectTo = relations.flatMap((relation, r) => {
    let known = 0;
    const vars: { name: string; coef: number }[] = [];
    relation.cells.forEach((cell, i) => {
      const coef = relation.coefficients[i] ?? 0;
      if (withheld[cell]) vars.push({ name: name(cell), coef });
      else known += coef * (values[cell] ?? 0);
    });
    if (vars.length === 0) return [];
    const lo = relation.lower - known;
    const hi = relation.upper - known;
    const type =
      lo === hi
        ? glpk.GLP_FX
        : Number.isFinite(lo) && Number.isFinite(hi)
          ? glpk.GLP_DB
          : Number.isFinite(lo)
            ? glpk.GLP_LO
            : glpk.GLP_UP;
    return [
      {
        name: `r${r}`,
        vars,
        bnds: { type, lb: Number.isFinite(lo) ? lo : 0, ub: Number.isFinite(hi) ? hi : 0 },
      },
    ];
  });
  const switches = hidden.filter((cell) => withheld[cell] === "complementary");
  for (const cell of switches)
    subjectTo.push(
      {
        name: `lo${cell}`,
        vars: [
          { name: name(cell), coef: 1 },
          { name: `z${cell}`, coef: -THRESHOLD },
        ],
        bnds: { type: glpk.GLP_LO, lb: 0, ub: 0 },
      },
      {
        name: `hi${cell}`,
        vars: [
          { name: name(cell), coef: 1 },
          { name: `z${cell}`, coef: -big },
        ],
        bnds: { type: glpk.GLP_UP, lb: 0, ub: 0 },
      },
    );
  const bounds = hidden.map((cell) => ({
    name: name(cell),
    type: glpk.GLP_DB,
    lb: 0,
    ub: withheld[cell] === "small" ? THRESHOLD - 1 : big,
  }));
  for (const cell of hidden) {
    for (const direction of [glpk.GLP_MIN, glpk.GLP_MAX])
      glpk.solve(
        {
          name: "audit",
          objective: { direction, name: "obj", vars: [{ name: name(cell), coef: 1 }] },
          subjectTo,
          bounds,
          generals: hidden.map(name),
          binaries: switches.map((c) => `z${c}`),
        },
        { msglev: glpk.GLP_MSG_OFF, presol: true },
      );
  }
  return (performance.now() - started) / 1000;
}

const pct = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(2)} %`;

export default async function benchDisclosure(): Promise<BenchResult> {
  const rows: (string | number)[][] = [];
  const row = (name: string, f: CaseFigures) => {
    console.error(`  ${name}: ${f.seconds.toFixed(1)} s`);
    rows.push([
      name,
      f.cells,
      f.variables,
      f.constraints,
      f.small,
      f.complementary,
      `${f.hidden} of ${f.published} (${pct(f.hidden, f.published)})`,
      f.seconds.toFixed(1),
    ]);
  };

  const demo = loadDataset("data");
  const demoAreas = demo.site.areas
    .filter((a) => ladderSteps(demo.ladder, a.id).length > 0)
    .map((a) => ({ id: a.id, lower: a.ladderGoal?.lowerSteps ?? [] }));
  row("demo (2 ladders, 4 years)", protectAll(demo.ladder, demoAreas));

  const demoLower = demo.site.areas.map((a) => ({ id: a.id, lower: a.ladderGoal?.lowerSteps ?? [] }));
  for (const episodes of EPISODES) {
    const tables = fromExtract(episodes);
    const areas = demoLower.filter((a) => ladderSteps(tables, a.id).length > 0);
    row(
      `synthetic extract, ${episodes.toLocaleString("en-US")} episodes (seed 7)`,
      protectAll(tables, areas),
    );
  }
  const big = bigLadder(12, 10, 4);
  row(
    "12 steps × 10 years × 4 areas",
    protectAll(
      big,
      [0, 1, 2, 3].map((a) => ({ id: `omraade-${a}`, lower: ["trin-0", "trin-1"] })),
    ),
  );

  // HiGHS against GLPK on the same final audit of the demo's children's ladder.
  const { cells, withheld, report } = protectArea(demo.ladder, "born-familie", demoAreas[0]?.lower ?? []);
  const glpkSeconds = await glpkAuditSeconds(cells.values, cells.relations, withheld);
  return {
    title: "Disclosure control: secondary suppression against the attacker's audit",
    context: [
      `${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
      `threshold ${THRESHOLD}; solved from scratch (no cache)`,
    ],
    tables: [
      {
        caption: "Protection per case (all areas together)",
        columns: [
          "case",
          "published cells",
          "audit variables",
          "audit constraints",
          "withheld small",
          "withheld complementary",
          "people on the ladder hidden",
          "seconds",
        ],
        rows,
      },
      {
        caption: "Solver choice: the final audit of the demo's children's ladder",
        columns: ["solver", "seconds", "integer programs"],
        rows: [
          [
            "HiGHS 1.15.3 (highs, WASM), with values seen in earlier solutions reused",
            report.audit.seconds.toFixed(2),
            report.audit.solves,
          ],
          [
            "GLPK 5.0 (glpk.js, WASM), min and max of every withheld cell",
            glpkSeconds.toFixed(2),
            2 * withheld.filter(Boolean).length,
          ],
        ],
      },
    ],
    notes: [
      "Seconds include the secondary suppression's covers (one integer program per unprotected cell) and the final audit.",
      "People hidden counts withheld step counts (the stocks), against all people on the ladder's steps across the years.",
    ],
  };
}
