import { readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { WCAG_TAGS } from "./site.ts";

const activity = readFileSync(join(import.meta.dirname, "../../data/activity.csv"), "utf8")
  .trim()
  .split("\n");
const valueInData = (measure: string, period: string) =>
  activity.find((line) => line.includes(`,${measure},${period},`))?.split(",")[3];

test("a briefing has its cover and sections in order, and its numbers match the data", async ({ page }) => {
  await page.goto("/moeder/");
  await page.getByRole("link", { name: "Budgetopfølgning pr. oktober og forventet regnskab 2026" }).click();
  await expect(page.locator(".briefing-cover")).toContainText("Børne- og Familieudvalget");
  await expect(page.locator(".briefing-cover")).toContainText("Dagsordenspunkt 5");
  const headings = await page.locator("main h2").allInnerTexts();
  const order = ["Det vigtigste", "Siden sidst", "Udvalget bedes tage stilling til"].map((h) =>
    headings.indexOf(h),
  );
  expect(order.every((i) => i >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);

  const placements = page
    .locator('data.bound-value[data-measure="anbringelser"][data-period="2026-10"]')
    .first();
  await expect(placements).toHaveAttribute("value", valueInData("anbringelser", "2026-10") ?? "missing");
  await expect(page.locator("#siden-sidst-caption")).toBeVisible();
  await expect(page.locator("section[aria-labelledby=siden-sidst] tbody tr")).toHaveCount(5);

  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test("the public build leaves out committee-only drafts", async ({ page }) => {
  await page.goto("/moeder/");
  await expect(page.getByText("Hjemmeplejens timer og sygefraværet")).toHaveCount(0);
  const response = await page.request.get("/moeder/ssu-2026-11-hjemmepleje/");
  expect(response.status()).toBe(404);
});

test("goals show a status in words and an icon, and link to the area", async ({ page }) => {
  await page.goto("/maal/");
  const card = page.locator("article.goal-card", { hasText: "Børnefaglige undersøgelser til tiden" });
  await expect(card.locator(".goal-badge")).toHaveText(
    /(✓|!|✕|–) (På rette spor|I risiko|Ikke på rette spor|Ingen tal endnu)/,
  );
  await expect(card.getByRole("link", { name: "Børn og familie" })).toHaveAttribute(
    "href",
    "/omraader/born-familie/",
  );
});
