import { GOAL_STATE_TEXT, type GoalState, ladderGoalEvaluation } from "../data/transform/goals.ts";
import { formatMioKr, formatMonth, formatNumber, formatPercent, NBSP, sentence } from "../i18n/format.ts";

// The scenario planner's arithmetic, in one pure module: the page's worked examples (built on the
// server) and the planner island (in the browser) both compute with it. No DOM, no Plot, no d3.

/** A step the planner can use, with the numbers the page shows for it. */
export interface ScenarioStep {
  id: string;
  order: number;
  title: string;
  /** The published average yearly cost per citizen on the step (kr.). */
  costPerCitizen: number;
  /** The published count at the latest year end; null when it is withheld (never sent to the page). */
  citizens?: number | null;
  /** True when the step counts towards the ladder goal (the lower steps). */
  lower?: boolean;
}

/** A step whose count is withheld: named, so the planner can say why it cannot be chosen. */
export interface WithheldStep {
  id: string;
  order: number;
  title: string;
}

/** The numbers a plan starts from: all as the site shows them. */
export interface PlanBase {
  steps: ScenarioStep[];
  withheld?: WithheldStep[];
  /** The year the moves happen in: the fiscal year of the budget follow-up. */
  fiscalYear: number;
  /** The area's corrected budget and the administration's expected result for the year (kr.). */
  budget?: number;
  expected?: number;
  /** The ladder goal: published shares by year, the target, the deadline and the published total count. */
  goal?: {
    target: number;
    deadline: number;
    shares: { year: number; share: number }[];
    total: number;
  };
}

export interface Move {
  from: string;
  to: string;
  count: number;
}

/** A new intervention: its yearly cost per citizen and how many take it up (from a step, or new). */
export interface Intervention {
  unitCost: number;
  uptake: number;
  /** The step the citizens leave for it; "" for citizens new to the ladder. */
  from: string;
}

export interface Plan {
  /** The month the moves start, 1–12. */
  start: number;
  moves: Move[];
  intervention?: Intervention | undefined;
}

/** Months of the fiscal year a plan starting in `start` affects, the start month included. */
export function monthsAffected(start: number): number {
  return 13 - Math.min(12, Math.max(1, Math.round(start)));
}

const costOf = (base: PlanBase, id: string) => base.steps.find((s) => s.id === id)?.costPerCitizen;

/** The change in one full year's cost (kr.): each move at the difference in the steps' average costs. */
export function yearlyChange(base: PlanBase, plan: Plan): number {
  const moves = plan.moves.reduce((sum, { from, to, count }) => {
    const a = costOf(base, from);
    const b = costOf(base, to);
    return a === undefined || b === undefined ? sum : sum + count * (b - a);
  }, 0);
  const i = plan.intervention;
  if (!i || i.uptake <= 0) return moves;
  const left = i.from === "" ? 0 : (costOf(base, i.from) ?? 0);
  return moves + i.uptake * (i.unitCost - left);
}

/** The change in this year's result: the yearly change for the months from the start. */
export function thisYearChange(base: PlanBase, plan: Plan): number {
  return (yearlyChange(base, plan) * monthsAffected(plan.start)) / 12;
}

/** The goal's share had the plan's moves happened at the latest count (the intervention counts as lower). */
export function plannedShare(base: PlanBase, plan: Plan): number | undefined {
  const goal = base.goal;
  const latest = goal?.shares.at(-1);
  if (!goal || !latest || goal.total <= 0) return undefined;
  const lower = (id: string) => (base.steps.find((s) => s.id === id)?.lower ? 1 : 0);
  let onLower = latest.share * goal.total;
  let total = goal.total;
  for (const { from, to, count } of plan.moves) onLower += count * (lower(to) - lower(from));
  const i = plan.intervention;
  if (i && i.uptake > 0) {
    if (i.from === "") {
      onLower += i.uptake;
      total += i.uptake;
    } else onLower += i.uptake * (1 - lower(i.from));
  }
  return Math.min(1, Math.max(0, onLower / total));
}

export interface PlanProblem {
  /** The field the problem is about, for the form: "flyt-0", "indsats". */
  field: string;
  text: string;
}

/**
 * What is wrong with a plan, in Danish. A count is checked against the step's published count; a
 * withheld step cannot be chosen, and the message is the same whatever number was asked for, so
 * it cannot be used to find the withheld count.
 */
export function planProblems(base: PlanBase, plan: Plan, noun: string): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const step = (id: string) => base.steps.find((s) => s.id === id);
  const withheld = (id: string) => base.withheld?.find((s) => s.id === id);
  const leaving = new Map<string, number>();
  const leave = (id: string, count: number) => leaving.set(id, (leaving.get(id) ?? 0) + count);
  plan.moves.forEach(({ from, to, count }, i) => {
    const field = `flyt-${i}`;
    for (const id of [from, to]) {
      const hidden = withheld(id);
      if (hidden)
        problems.push({
          field,
          text: `Antallet på trin ${hidden.order}, ${hidden.title.toLowerCase()}, er skjult for at beskytte ${noun}; trinnet kan ikke bruges i en beregning.`,
        });
      else if (!step(id)) problems.push({ field, text: "Vælg et trin." });
    }
    if (!Number.isInteger(count) || count < 0)
      problems.push({ field, text: `Antal ${noun} skal være et helt tal.` });
    if (from === to && count > 0) problems.push({ field, text: "Vælg to forskellige trin." });
    leave(from, count);
  });
  const i = plan.intervention;
  if (i) {
    if (!Number.isFinite(i.unitCost) || i.unitCost < 0)
      problems.push({ field: "indsats", text: "Prisen pr. år skal være et tal, 0 eller derover." });
    if (!Number.isInteger(i.uptake) || i.uptake < 0)
      problems.push({ field: "indsats", text: `Antal ${noun} i den nye indsats skal være et helt tal.` });
    if (i.from !== "") {
      if (withheld(i.from))
        problems.push({ field: "indsats", text: "Trinnets antal er skjult; vælg et andet trin." });
      leave(i.from, i.uptake);
    }
  }
  for (const [id, count] of leaving) {
    const s = step(id);
    if (s && typeof s.citizens === "number" && count > s.citizens)
      problems.push({
        field: "antal",
        text: `Kun ${formatNumber(s.citizens)} ${noun} er på trin ${s.order}, ${s.title.toLowerCase()}, men planen flytter ${formatNumber(count)} derfra.`,
      });
  }
  return problems;
}

export interface PlanResult {
  problems: PlanProblem[];
  yearly: number;
  thisYear: number;
  /** The expected result with the plan, and its deviation from the corrected budget. */
  expected: number | undefined;
  deviation: number | undefined;
  share: number | undefined;
  state: GoalState | undefined;
  baseState: GoalState | undefined;
}

/** Everything the planner shows for a plan. */
export function planResult(base: PlanBase, plan: Plan, noun: string): PlanResult {
  const thisYear = thisYearChange(base, plan);
  const share = plannedShare(base, plan);
  const goal = base.goal;
  const evaluate = (value: number) =>
    goal
      ? ladderGoalEvaluation(
          goal.shares.map((s, i) => (i === goal.shares.length - 1 ? { ...s, share: value } : s)),
          goal.target,
          goal.deadline,
        ).state
      : undefined;
  const expected = base.expected === undefined ? undefined : base.expected + thisYear;
  return {
    problems: planProblems(base, plan, noun),
    yearly: yearlyChange(base, plan),
    thisYear,
    expected,
    deviation: expected === undefined || base.budget === undefined ? undefined : expected - base.budget,
    share,
    state: share === undefined ? undefined : evaluate(share),
    baseState: goal?.shares.at(-1) ? evaluate(goal.shares.at(-1)?.share ?? 0) : undefined,
  };
}

/** "falder med 4,1 mio. kr." / "stiger med 230.000 kr." / "er uændret". */
export function changeText(change: number): string {
  if (Math.abs(change) < 500) return "er uændret";
  const amount =
    Math.abs(change) >= 1e6
      ? formatMioKr(Math.abs(change))
      : `${formatNumber(Math.round(Math.abs(change) / 1000) * 1000)}${NBSP}kr.`;
  return `${change < 0 ? "falder" : "stiger"} med ${amount}`;
}

/** The same with the subject after the verb, as after "Hvis …,": "falder udgiften i 2026 med 4,1 mio. kr." */
export function changeClause(change: number, subject: string): string {
  const [verb, ...rest] = changeText(change).split(" ");
  return `${verb} ${subject} ${rest.join(" ")}`;
}

/** The plan in one paragraph, ready to paste into an agenda item. */
export function planSummary(base: PlanBase, plan: Plan, noun: string): string {
  const title = (id: string) => base.steps.find((s) => s.id === id)?.title.toLowerCase() ?? id;
  const result = planResult(base, plan, noun);
  const moves = plan.moves
    .filter((m) => m.count > 0)
    .map((m) => `${formatNumber(m.count)} ${noun} flytter fra ${title(m.from)} til ${title(m.to)}`);
  const i = plan.intervention;
  if (i && i.uptake > 0)
    moves.push(
      `${formatNumber(i.uptake)} ${noun}${i.from ? ` fra ${title(i.from)}` : ""} får en ny indsats til ${formatNumber(i.unitCost)}${NBSP}kr. pr. år`,
    );
  if (moves.length === 0) return "Planen flytter ingen; udgiften og målet er uændrede.";
  const when = formatMonth(`${base.fiscalYear}-${String(monthsStart(plan.start)).padStart(2, "0")}`);
  const parts = [
    `Hvis ${joinAnd(moves)} fra ${when}, ${changeClause(result.thisYear, `udgiften i ${base.fiscalYear}`)}`,
  ];
  if (result.expected !== undefined && result.deviation !== undefined)
    parts[0] += ` (forventet regnskab ${formatMioKr(result.expected)}, ${result.deviation > 0 ? "merforbrug" : "mindreforbrug"} ${formatMioKr(Math.abs(result.deviation))})`;
  parts[0] += `, og helårsudgiften i ${base.fiscalYear + 1} ${changeText(result.yearly)}`;
  const goal = base.goal;
  if (goal && result.share !== undefined && result.state)
    parts.push(
      `Andelen på de nederste trin ville have været ${formatPercent(result.share)} ved seneste opgørelse (mål: ${formatPercent(goal.target)} i ${goal.deadline}); målet er ${GOAL_STATE_TEXT[result.state].label.toLowerCase()}`,
    );
  return parts.map(sentence).join(" ");
}

function monthsStart(start: number): number {
  return 13 - monthsAffected(start);
}

function joinAnd(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} og ${parts.at(-1)}`;
}

/** Yearly spend change if `count` citizens move from one step to another (one move, a full year). */
export function scenarioChange(steps: readonly ScenarioStep[], move: Move): number | undefined {
  const known = (id: string) => steps.some((s) => s.id === id);
  if (!known(move.from) || !known(move.to) || !Number.isFinite(move.count) || move.count < 0)
    return undefined;
  return yearlyChange({ steps: [...steps], fiscalYear: 0 }, { start: 1, moves: [move] });
}

/** "Hvis 5 børn flytter fra … til …, falder den årlige udgift med 4,1 mio. kr." */
export function scenarioSentence(steps: readonly ScenarioStep[], move: Move, noun: string): string {
  const change = scenarioChange(steps, move);
  const a = steps.find((s) => s.id === move.from);
  const b = steps.find((s) => s.id === move.to);
  if (change === undefined || !a || !b) return "Vælg to trin og et antal.";
  return sentence(
    `Hvis ${formatNumber(move.count)} ${noun} flytter fra ${a.title.toLowerCase()} til ${b.title.toLowerCase()}, ${changeClause(change, "den årlige udgift")}`,
  );
}

const MAX_COUNT = 10_000;
const whole = (text: string | null | undefined, max = MAX_COUNT) => {
  const n = Number(text);
  return text !== null && text !== undefined && text !== "" && Number.isInteger(n) && n >= 0 && n <= max
    ? n
    : undefined;
};

/**
 * A plan from a URL's query: ?start=3&flyt=a.b.10~b.c.5&indsats=120000.8.a. The calculator's older
 * links (?fra=…&til=…&antal=…) still open as a one-move plan. Nonsense falls back to the default.
 */
export function planFromQuery(query: string, fallback: Plan): Plan {
  const params = new URLSearchParams(query);
  const moves = (params.get("flyt") ?? "").split("~").flatMap((part) => {
    const [from, to, count] = part.split(".");
    const n = whole(count);
    return from && to && n !== undefined ? [{ from, to, count: n }] : [];
  });
  const legacy = whole(params.get("antal"));
  const fra = params.get("fra");
  const til = params.get("til");
  if (moves.length === 0 && fra && til && legacy !== undefined)
    moves.push({ from: fra, to: til, count: legacy });
  const [cost, uptake, from = ""] = (params.get("indsats") ?? "").split(".");
  const unitCost = whole(cost, 100_000_000);
  const taking = whole(uptake);
  const start = whole(params.get("start"), 12);
  return {
    start: start !== undefined && start >= 1 ? start : fallback.start,
    moves: moves.length > 0 ? moves : fallback.moves,
    intervention:
      unitCost !== undefined && taking !== undefined
        ? { unitCost, uptake: taking, from }
        : fallback.intervention,
  };
}

export function planToQuery(plan: Plan): string {
  const params = new URLSearchParams({ start: String(plan.start) });
  const moves = plan.moves.filter((m) => m.from && m.to);
  if (moves.length > 0) params.set("flyt", moves.map((m) => `${m.from}.${m.to}.${m.count}`).join("~"));
  const i = plan.intervention;
  if (i && i.uptake > 0) params.set("indsats", `${i.unitCost}.${i.uptake}${i.from ? `.${i.from}` : ""}`);
  return `?${params.toString()}`;
}
