import type { LinearRelation, Withheld } from "./relations.ts";
import { COVER_OPTIONS, highs, INTEGER, maximize, minimize, OPTIMAL, SOLVER_OPTIONS } from "./solver.ts";

/**
 * The attacker's audit. A reader who sees every published number and every published relation
 * between them (sums, margins, shares at their printed precision) can solve them together as one
 * integer program. For each withheld cell this asks that program which values the cell can take,
 * and checks the protection rule:
 *
 * - a withheld count of 1…N−1 keeps every value 1…N−1 feasible;
 * - a complementary cell ("skjult") is not pinned to one value and not proven to be under N.
 *
 * What a label tells the reader: "under N" is 0…N−1 (a zero is withheld as "under N" when that
 * protects a neighbour), "skjult" is 0 or at least N (1…N−1 would have read "under N").
 */

/** Makes the first `count` columns integer in one call (one call per column costs more than the solve). */
function allInteger(model: ReturnType<typeof highs.createModel>, count: number) {
  if (count > 0)
    model.changeColsIntegrality({ kind: "range", from: 0, to: count - 1 }, new Array(count).fill(INTEGER));
}

export type AuditProblem = "exact" | "narrowed" | "proven-small";

export interface AuditFinding {
  cell: number;
  reason: "small" | "complementary";
  problem: AuditProblem;
  /** For a small count: a value in 1…N−1 the reader can rule out. For "skjult": a value it could still be moved to. */
  missing: number;
  /** Other values that would also satisfy the rule, tried when `missing` cannot be reached. */
  alternatives: number[];
}

export interface AuditReport {
  findings: AuditFinding[];
  /** Integer programs solved (a value already seen in an earlier solution is not solved for again). */
  solves: number;
  variables: number;
  constraints: number;
  seconds: number;
}

export interface AuditInput {
  values: readonly number[];
  relations: readonly LinearRelation[];
  withheld: readonly Withheld[];
  threshold: number;
  /** Stop at the first finding (secondary suppression only needs to know whether a pattern holds). */
  firstOnly?: boolean;
  /** Check only these withheld cells (default: all). */
  only?: readonly number[];
}

/** The largest value any count can take in the model: the total of everything, at least N. */
export const upperBound = (values: readonly number[], threshold: number) =>
  Math.max(
    threshold,
    values.reduce((sum, v) => sum + Math.max(0, v), 0),
  );

/** Solves the attacker's problem for every withheld cell and lists the cells the rule does not hold for. */
export function auditDisclosure(input: AuditInput): AuditReport {
  const started = performance.now();
  const { values, relations, withheld, threshold } = input;
  const hidden = withheld.flatMap((w, cell) => (w ? [cell] : []));
  if (hidden.length === 0) return { findings: [], solves: 0, variables: 0, constraints: 0, seconds: 0 };
  const column = new Map(hidden.map((cell, i) => [cell, i]));
  const big = upperBound(values, threshold);
  const upperOf = (cell: number) => (withheld[cell] === "small" ? threshold - 1 : big);
  const model = highs.createModel();
  try {
    model.options.set(SOLVER_OPTIONS);
    for (const cell of hidden) model.addVar(0, upperOf(cell));
    // "skjult" is never 1…N−1 (those always read "under N"): x = 0, or x ≥ N, by a binary switch.
    let columns = hidden.length;
    let rows = 0;
    for (const cell of hidden) {
      if (withheld[cell] !== "complementary") continue;
      const x = column.get(cell) as number;
      model.addVar(0, 1);
      model.addRow(0, Number.POSITIVE_INFINITY, { indices: [x, columns], values: [1, -threshold] });
      model.addRow(Number.NEGATIVE_INFINITY, 0, { indices: [x, columns], values: [1, -big] });
      columns += 1;
      rows += 2;
    }
    allInteger(model, columns);
    for (const relation of relations) {
      const weights = new Map<number, number>();
      let known = 0;
      relation.cells.forEach((cell, i) => {
        const coefficient = relation.coefficients[i] ?? 0;
        const col = column.get(cell);
        if (col === undefined) known += coefficient * (values[cell] ?? 0);
        else weights.set(col, (weights.get(col) ?? 0) + coefficient);
      });
      const entries = [...weights].filter(([, w]) => w !== 0);
      if (entries.length === 0) continue;
      model.addRow(relation.lower - known, relation.upper - known, {
        indices: entries.map(([col]) => col),
        values: entries.map(([, w]) => w),
      });
      rows += 1;
    }

    // Values each cell is known to take in some solution; the true data is one.
    const seen = hidden.map((cell) => new Set([values[cell] ?? 0]));
    let solves = 0;
    const run = (): boolean => {
      model.run();
      solves += 1;
      if (model.getModelStatus() !== OPTIMAL) return false;
      const solution = model.getSolution().colValue;
      hidden.forEach((_, i) => {
        seen[i]?.add(Math.round(solution[i] ?? 0));
      });
      return true;
    };
    /** Can the cell take exactly this value, given everything published? */
    const feasible = (i: number, value: number): boolean => {
      if (seen[i]?.has(value)) return true;
      const cell = hidden[i] as number;
      model.changeColBounds(i, value, value);
      const ok = run();
      model.changeColBounds(i, 0, upperOf(cell));
      return ok;
    };
    /** The lowest or highest value the cell can take. */
    const extreme = (i: number, sense: typeof minimize): number => {
      model.changeColCost(i, 1);
      model.changeObjectiveSense(sense);
      const ok = run();
      const value = Math.round(model.getObjectiveValue());
      model.changeColCost(i, 0);
      if (!ok)
        throw new Error(
          "The disclosure audit could not solve the published relations: the data does not satisfy its own sums.",
        );
      return value;
    };

    const findings: AuditFinding[] = [];
    const checked = input.only ? new Set(input.only) : undefined;
    for (const [i, cell] of hidden.entries()) {
      if (checked && !checked.has(cell)) continue;
      const value = values[cell] ?? 0;
      if (withheld[cell] === "small") {
        if (value === 0) continue; // a zero withheld to protect others identifies nobody
        for (let v = 1; v < threshold; v += 1) {
          if (feasible(i, v)) continue;
          findings.push({
            cell,
            reason: "small",
            alternatives: [],
            problem: [...(seen[i] ?? [])].filter((x) => x >= 1).length === 1 ? "exact" : "narrowed",
            missing: v,
          });
          break;
        }
      } else {
        const known = seen[i] as Set<number>;
        if (known.size === 1 || Math.max(...known) < threshold) extreme(i, maximize);
        if (known.size === 1 && value > 0) extreme(i, minimize);
        if (Math.max(...known) < threshold)
          findings.push({
            cell,
            reason: "complementary",
            problem: "proven-small",
            missing: threshold,
            alternatives: [threshold + 1, threshold + 2],
          });
        else if (known.size === 1)
          findings.push({
            cell,
            reason: "complementary",
            problem: "exact",
            missing: value + 1,
            alternatives: [...(value - 1 >= threshold ? [value - 1] : []), value + 2, 0],
          });
      }
      if (input.firstOnly && findings.length > 0) break;
    }
    return {
      findings,
      solves,
      variables: columns,
      constraints: rows,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    model.dispose();
  }
}

/** A cell to withhold and its label: a zero reads "under N", anything else "skjult". */
export interface Cover {
  cell: number;
  reason: "small" | "complementary";
}

/**
 * The protection problem for one cell (after Fischetti and Salazar): the cheapest visible cells to
 * withhold so that `cell` can take the value `target` while every published relation still holds
 * and every cell stays within what its label would allow. Already withheld cells move for free;
 * locked cells stay published. Returns the cells to withhold
 * (none if the pattern already frees the cell), or undefined if no pattern can.
 */
export function coverFor(
  values: readonly number[],
  relations: readonly LinearRelation[],
  withheld: readonly Withheld[],
  threshold: number,
  cost: (cell: number) => number,
  cell: number,
  target: number,
  locked: ReadonlySet<number> = new Set(),
): Cover[] | undefined {
  const problem = { values, relations, withheld, threshold, cost, cell, target, locked };
  // Covers rarely need any cell to move further than the target cell does: bound the moves by that
  // first (a much tighter, faster problem), and allow any move only if that finds nothing.
  const step = Math.max(threshold, Math.abs(target - (values[cell] ?? 0)));
  return coverWithin(problem, step) ?? coverWithin(problem, upperBound(values, threshold));
}

interface CoverProblem {
  values: readonly number[];
  relations: readonly LinearRelation[];
  withheld: readonly Withheld[];
  threshold: number;
  cost: (cell: number) => number;
  cell: number;
  target: number;
  locked: ReadonlySet<number>;
}

/** The protection problem with no cell moving more than `reach`. */
function coverWithin(p: CoverProblem, reach: number): Cover[] | undefined {
  const { values, withheld, threshold, cell, target, locked } = p;
  const n = values.length;
  const model = highs.createModel();
  try {
    model.options.set(COVER_OPTIONS);
    // Columns 0…n−1: the change d to each cell; n…2n−1: 1 if the cell may change.
    for (let c = 0; c < n; c += 1) {
      const a = values[c] ?? 0;
      if (c === cell) model.addVar(target - a, target - a);
      else if (withheld[c] === "small" || (!withheld[c] && a === 0)) model.addVar(-a, threshold - 1 - a);
      else model.addVar(-Math.min(a, reach), reach);
    }
    for (let c = 0; c < n; c += 1) model.addVar(0, locked.has(c) && !withheld[c] ? 0 : 1);
    allInteger(model, 2 * n);
    for (let c = 0; c < n; c += 1) {
      if (c === cell || withheld[c] === "small") continue;
      const a = values[c] ?? 0;
      const y = n + c;
      model.changeColCost(y, withheld[c] ? 0 : p.cost(c));
      if (!withheld[c] && a === 0) {
        // A zero withheld as "under N" may become 1…N−1.
        model.addRow(Number.NEGATIVE_INFINITY, 0, { indices: [c, y], values: [1, -(threshold - 1)] });
        continue;
      }
      // Unchanged unless switched on; "skjult" ends at 0 or at least N: a cell at or above N
      // stays there, a withheld zero jumps to N or more.
      model.addRow(Number.NEGATIVE_INFINITY, 0, { indices: [c, y], values: [1, -reach] });
      model.addRow(0, Number.POSITIVE_INFINITY, {
        indices: [c, y],
        values: [1, a >= threshold ? a - threshold : -threshold],
      });
    }
    for (const relation of p.relations) {
      const weights = new Map<number, number>();
      let now = 0;
      relation.cells.forEach((c, i) => {
        const coefficient = relation.coefficients[i] ?? 0;
        now += coefficient * (values[c] ?? 0);
        weights.set(c, (weights.get(c) ?? 0) + coefficient);
      });
      const entries = [...weights].filter(([, w]) => w !== 0);
      if (entries.length === 0) continue;
      model.addRow(relation.lower - now, relation.upper - now, {
        indices: entries.map(([col]) => col),
        values: entries.map(([, w]) => w),
      });
    }
    model.changeObjectiveSense(minimize);
    model.run();
    const found =
      model.getModelStatus() === OPTIMAL || Number(model.info.get("primal_solution_status")) === 2;
    if (!found) return undefined;
    const d = model.getSolution().colValue;
    return values.flatMap((a, c) =>
      !withheld[c] && c !== cell && Math.round(d[c] ?? 0) !== 0
        ? [{ cell: c, reason: a === 0 ? ("small" as const) : ("complementary" as const) }]
        : [],
    );
  } finally {
    model.dispose();
  }
}
