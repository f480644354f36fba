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

test("the scenario calculator works from the keyboard and keeps the scenario in the URL", async ({
  page,
}) => {
  await page.goto("/indsatstrappe/born-familie/");
  const count = page.getByRole("spinbutton", { name: "Antal børn" });
  await count.focus();
  await count.fill("");
  await page.keyboard.type("3");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("combobox", { name: "Fra trin" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("combobox", { name: "Til trin" })).toBeFocused();
  await page.getByRole("combobox", { name: "Til trin" }).selectOption({ label: "2. Støtte i hjemmet" });
  const result = page.locator(".scenario output");
  await expect(result).toContainText(
    "Hvis 3 børn flytter fra opholdssted og døgninstitution til støtte i hjemmet, falder den årlige udgift med",
  );
  await expect(page).toHaveURL(/\?fra=opholdssted&til=stoette-hjem&antal=3/);

  // The link opens the same scenario for someone else.
  await page.goto("/indsatstrappe/born-familie/?fra=plejefamilie&til=forebyggende&antal=2");
  await expect(page.locator(".scenario output")).toContainText(
    "Hvis 2 børn flytter fra plejefamilie til forebyggende indsatser",
  );
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
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
