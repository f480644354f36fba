import { formatMioKr, formatNumber, NBSP, sentence } from "../i18n/format.ts";

/** A step the calculator can use: its published average yearly cost per citizen. */
export interface ScenarioStep {
  id: string;
  order: number;
  title: string;
  costPerCitizen: number;
}

export interface Scenario {
  from: string;
  to: string;
  count: number;
}

/** Yearly spend change if `count` citizens move from one step to another, at the steps' average costs. */
export function scenarioChange(
  steps: readonly ScenarioStep[],
  { from, to, count }: Scenario,
): number | undefined {
  const a = steps.find((s) => s.id === from);
  const b = steps.find((s) => s.id === to);
  if (!a || !b || !Number.isFinite(count) || count < 0) return undefined;
  return count * (b.costPerCitizen - a.costPerCitizen);
}

/** "Udgiften falder med 4,2 mio. kr. om året" / "stiger med …" / "er uændret". */
export function scenarioSentence(steps: readonly ScenarioStep[], scenario: Scenario, noun: string): string {
  const change = scenarioChange(steps, scenario);
  const a = steps.find((s) => s.id === scenario.from);
  const b = steps.find((s) => s.id === scenario.to);
  if (change === undefined || !a || !b) return "Vælg to trin og et antal.";
  const who = `Hvis ${formatNumber(scenario.count)} ${noun} flytter fra ${a.title.toLowerCase()} til ${b.title.toLowerCase()},`;
  if (Math.abs(change) < 500) return `${who} er den årlige udgift uændret.`;
  const amount =
    Math.abs(change) >= 1e6
      ? formatMioKr(Math.abs(change))
      : `${formatNumber(Math.round(Math.abs(change) / 1000) * 1000)}${NBSP}kr.`;
  return sentence(`${who} ${change < 0 ? "falder" : "stiger"} den årlige udgift med ${amount}`);
}

/** Reads a scenario from a URL's query (?fra=…&til=…&antal=…), falling back to the defaults. */
export function scenarioFromQuery(query: string, fallback: Scenario): Scenario {
  const params = new URLSearchParams(query);
  const count = Number(params.get("antal"));
  return {
    from: params.get("fra") ?? fallback.from,
    to: params.get("til") ?? fallback.to,
    count: Number.isInteger(count) && count > 0 ? Math.min(count, 10_000) : fallback.count,
  };
}

export function scenarioToQuery({ from, to, count }: Scenario): string {
  return `?${new URLSearchParams({ fra: from, til: to, antal: String(count) }).toString()}`;
}
