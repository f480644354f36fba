import { formatMioKr, formatPercent, sentence } from "../i18n/format.ts";

/** Deviations smaller than this share of the budget count as "on budget". */
export const ON_BUDGET_SHARE = 0.001;

export type BudgetDirection = "merforbrug" | "mindreforbrug" | "balance";

export function budgetDirection(deviation: number, budget: number): BudgetDirection {
  if (budget !== 0 && Math.abs(deviation / budget) < ON_BUDGET_SHARE) return "balance";
  if (deviation === 0) return "balance";
  return deviation > 0 ? "merforbrug" : "mindreforbrug";
}

/** The definitions every budget chart states under its source. */
export const BUDGET_DEFINITIONS = [
  "Afvigelse = forventet regnskab minus korrigeret budget. Et positivt tal er et merforbrug, et negativt tal et mindreforbrug.",
  "Disponeret forbrug er indgåede forpligtelser, der endnu ikke er betalt. Forbrug til dato er betalt fra 1. januar.",
];

/** A bar's direct label: "+12,3 mio. kr. merforbrug", or with the share "+12,3 mio. kr. (4 %)". */
export function deviationLabel(deviation: number, budget: number, { withShare = false } = {}): string {
  const direction = budgetDirection(deviation, budget);
  if (direction === "balance") return "i balance";
  const amount = `${deviation > 0 ? "+" : "−"}${formatMioKr(Math.abs(deviation))}`;
  return withShare && budget !== 0
    ? `${amount} (${formatPercent(Math.abs(deviation / budget))})`
    : `${amount} ${direction}`;
}

/** "et merforbrug på 12,3 mio. kr. (4 %)" / "at holde budgettet" */
export function deviationPhrase(deviation: number, budget: number): string {
  const direction = budgetDirection(deviation, budget);
  if (direction === "balance") return "at holde budgettet";
  const share = budget === 0 ? "" : ` (${formatPercent(Math.abs(deviation / budget), 1)})`;
  return `et ${direction} på ${formatMioKr(Math.abs(deviation))}${share}`;
}

/**
 * One sentence per large deviation for the front page: what is expected and how spending so far
 * compares with the same time last year.
 */
export function deviationExplanation(f: {
  functionLabel: string;
  deviation: number;
  correctedBudget: number;
  changeOnLastYear: number | null;
}): string {
  const main = `${f.functionLabel} forventer ${deviationPhrase(f.deviation, f.correctedBudget)}`;
  if (f.changeOnLastYear === null) return sentence(main);
  const change = f.changeOnLastYear;
  const compared =
    Math.abs(change) < 0.01
      ? "Forbruget til dato er på niveau med samme tid sidste år."
      : `Forbruget til dato er ${formatPercent(Math.abs(change))} ${change > 0 ? "højere" : "lavere"} end på samme tid sidste år.`;
  return `${sentence(main)} ${compared}`;
}
