// The scenario planner on the ladder pages. Progressive enhancement: the worked examples table works
// without this; the planner form appears with it. All arithmetic is in src/charts/scenario.ts, the
// same module the page's examples are computed with.
import {
  changeText,
  type Plan,
  type PlanBase,
  planFromQuery,
  planResult,
  planSummary,
  planToQuery,
} from "../charts/scenario.ts";
import { GOAL_STATE_TEXT } from "../data/transform/goals.ts";
import { formatMioKr, formatPercent } from "../i18n/format.ts";

for (const section of document.querySelectorAll<HTMLElement>(".scenario")) {
  const form = section.querySelector("form");
  if (!form) continue;
  const base = JSON.parse(section.dataset.base ?? "{}") as PlanBase;
  const noun = section.dataset.noun ?? "borgere";
  const fallback = JSON.parse(section.dataset.default ?? "{}") as Plan;
  const field = <T extends HTMLInputElement | HTMLSelectElement>(name: string) =>
    form.elements.namedItem(name) as T | null;
  const rows = form.querySelectorAll("[data-move]").length;
  const out = (name: string) => form.querySelector<HTMLElement>(`[data-out="${name}"]`);
  const problems = form.querySelector<HTMLElement>(".scenario__problems");
  const summary = form.querySelector("output");

  const initial = planFromQuery(window.location.search, fallback);
  const set = (name: string, value: string | number) => {
    const element = field(name);
    if (element) element.value = String(value);
  };
  set("start", initial.start);
  for (let i = 0; i < rows; i++) {
    const move = initial.moves[i];
    set(`antal-${i}`, move?.count ?? 0);
    if (move) {
      set(`fra-${i}`, move.from);
      set(`til-${i}`, move.to);
    }
  }
  if (initial.intervention) {
    set("pris", initial.intervention.unitCost);
    set("optag", initial.intervention.uptake);
    set("kilde", initial.intervention.from);
  }

  const read = (): Plan => {
    const number = (name: string) => Number(field(name)?.value ?? 0);
    const moves = Array.from({ length: rows }, (_, i) => ({
      from: field(`fra-${i}`)?.value ?? "",
      to: field(`til-${i}`)?.value ?? "",
      count: number(`antal-${i}`),
    })).filter((m) => m.count !== 0);
    const uptake = number("optag");
    return {
      start: number("start"),
      moves,
      intervention:
        uptake !== 0 ? { unitCost: number("pris"), uptake, from: field("kilde")?.value ?? "" } : undefined,
    };
  };

  const update = () => {
    const plan = read();
    const result = planResult(base, plan, noun);
    if (problems) {
      problems.replaceChildren(
        ...result.problems.map((p) => {
          const line = document.createElement("p");
          line.textContent = p.text;
          return line;
        }),
      );
    }
    const write = (name: string, text: string) => {
      const element = out(name);
      if (element) element.textContent = text;
    };
    if (result.problems.length > 0) {
      for (const name of ["thisYear", "expected", "yearly", "goal"]) write(name, "–");
      if (summary) summary.textContent = "Ret planen for at se virkningen.";
      return;
    }
    write("thisYear", changeText(result.thisYear));
    if (result.expected !== undefined && result.deviation !== undefined && base.budget !== undefined)
      write(
        "expected",
        `${formatMioKr(result.expected)} mod et budget på ${formatMioKr(base.budget)}: ${result.deviation > 0 ? "merforbrug" : "mindreforbrug"} ${formatMioKr(Math.abs(result.deviation))}`,
      );
    write("yearly", changeText(result.yearly));
    if (base.goal && result.share !== undefined && result.state)
      write(
        "goal",
        `${formatPercent(result.share)} på de nederste trin (mål ${formatPercent(base.goal.target)} i ${base.goal.deadline}): ${GOAL_STATE_TEXT[result.state].label.toLowerCase()}${result.baseState && result.baseState !== result.state ? ` (uden planen: ${GOAL_STATE_TEXT[result.baseState].label.toLowerCase()})` : ""}`,
      );
    if (summary) summary.textContent = planSummary(base, plan, noun);
    history.replaceState(null, "", `${planToQuery(plan)}${window.location.hash}`);
  };
  form.addEventListener("input", update);
  form.addEventListener("change", update);
  form.addEventListener("submit", (event) => event.preventDefault());
  form.querySelector<HTMLButtonElement>("[data-copy]")?.addEventListener("click", () => {
    void navigator.clipboard?.writeText(summary?.textContent ?? "");
  });
  form.hidden = false;
  update();
}
