import { readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { WCAG_TAGS } from "./site.ts";

const DATA = join(import.meta.dirname, "../../data");

function csvRows(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(join(DATA, file), "utf8").trim().split("\n");
  const columns = (header ?? "").split(",");
  return lines.map((line) => Object.fromEntries(line.split(",").map((cell, i) => [columns[i], cell])));
}

test("the scenario planner works from the keyboard and keeps the scenario in the URL", async ({ page }) => {
  await page.goto("/indsatstrappe/born-familie/");
  const count = page.getByRole("spinbutton", { name: "Antal børn (flytning 1)" });
  await count.focus();
  await count.fill("");
  await page.keyboard.type("3");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("combobox", { name: "Fra trin (flytning 1)" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("combobox", { name: "Til trin (flytning 1)" })).toBeFocused();
  await page
    .getByRole("combobox", { name: "Til trin (flytning 1)" })
    .selectOption({ label: "2. Støtte i hjemmet" });
  const summary = page.locator(".scenario output");
  await expect(summary).toContainText(
    "Hvis 3 børn flytter fra opholdssted og døgninstitution til støtte i hjemmet fra",
  );
  await expect(page).toHaveURL(/flyt=opholdssted\.stoette-hjem\.3/);

  // The link opens the same scenario for someone else; old one-move links still open.
  await page.goto("/indsatstrappe/born-familie/?fra=plejefamilie&til=forebyggende&antal=2");
  await expect(summary).toContainText("Hvis 2 børn flytter fra plejefamilie til forebyggende indsatser");
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test("a plan of several moves changes the year-end shown and the goal's status", async ({ page }) => {
  await page.goto("/indsatstrappe/born-familie/");
  const expected = page.locator('.scenario [data-out="expected"]');
  const goal = page.locator('.scenario [data-out="goal"]');
  await page.getByRole("spinbutton", { name: "Antal børn (flytning 1)" }).fill("0");
  const before = { expected: await expected.innerText(), goal: await goal.innerText() };
  expect(before.goal).toMatch(/på de nederste trin/);

  await page.getByRole("combobox", { name: "Fra måned" }).selectOption({ label: "januar 2026" });
  const plan = [
    { count: "20", from: "5. Opholdssted og døgninstitution", to: "4. Plejefamilie" },
    { count: "15", from: "4. Plejefamilie", to: "2. Støtte i hjemmet" },
    { count: "10", from: "3. Netværkspleje", to: "1. Forebyggende indsatser" },
  ];
  for (const [i, move] of plan.entries()) {
    const n = i + 1;
    await page.getByRole("combobox", { name: `Fra trin (flytning ${n})` }).selectOption({ label: move.from });
    await page.getByRole("combobox", { name: `Til trin (flytning ${n})` }).selectOption({ label: move.to });
    await page.getByRole("spinbutton", { name: `Antal børn (flytning ${n})` }).fill(move.count);
  }
  await expect(page.locator(".scenario__problems")).toBeEmpty();
  await expect(expected).not.toHaveText(before.expected);
  await expect(goal).not.toHaveText(before.goal);
  await expect(page.locator(".scenario output")).toContainText("fra januar 2026, falder udgiften i 2026 med");
  await expect(page).toHaveURL(/start=1&flyt=/);

  // More than are on a step: the planner says so, with the step's published count.
  await page.getByRole("spinbutton", { name: "Antal børn (flytning 1)" }).fill("9999");
  await expect(page.locator(".scenario__problems")).toContainText(/Kun [\d.]+ børn er på trin 5/);

  // Reload: the whole plan comes back from the URL.
  await page.getByRole("spinbutton", { name: "Antal børn (flytning 1)" }).fill("20");
  const shown = await expected.innerText();
  await page.reload();
  await expect(expected).toHaveText(shown);
  await expect(page.getByRole("spinbutton", { name: "Antal børn (flytning 3)" })).toHaveValue("10");
  const results = await new AxeBuilder({ page }).include(".scenario").withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test("the ladder numbers on the page agree with the data tables", async ({ page }) => {
  await page.goto("/indsatstrappe/born-familie/");
  const stocks = csvRows("ladder/stocks.csv").filter((r) => r.area === "born-familie");
  const year = Math.max(...stocks.map((r) => Number(r.period)));
  const steps = csvRows("ladder/steps.csv").filter((r) => r.area === "born-familie");
  await page.locator("#born-familie-trappe summary").first().click();
  const table = page.locator("#born-familie-trappe table");
  let compared = 0;
  for (const step of steps) {
    const row = table.locator("tbody tr", { hasText: `${step.order}. ${step.title}` });
    const cells = await row.locator("td").allInnerTexts();
    const stock = stocks.find((r) => r.step_id === step.step_id && Number(r.period) === year);
    const shown = (cells[1] ?? "").replaceAll(".", "");
    if (shown === "skjult" || shown.startsWith("under")) continue;
    expect(shown, step.step_id).toBe(stock?.citizens);
    compared += 1;
  }
  expect(compared).toBeGreaterThanOrEqual(4);
});

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });
  test("the examples table stands in for the calculator", async ({ page }) => {
    await page.goto("/indsatstrappe/voksne-handicap/");
    await expect(page.locator(".scenario form")).toBeHidden();
    await expect(page.getByRole("table", { name: /flytter et trin ned/ })).toBeVisible();
  });
});
