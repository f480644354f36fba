import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { WCAG_TAGS } from "./site.ts";

const PAGE = "/sammenlign/bm-anbringelser/";

test("highlight a municipality by name and choose the year; the URL keeps both and restores them", async ({
  page,
}) => {
  await page.goto(PAGE);
  const input = page.getByRole("combobox", { name: "Fremhæv en kommune i figurerne" });
  await input.fill("Vejle");
  await input.press("Enter");
  // Vejle's marks (rank dot and map region, code 630) are restyled; no other municipality's are.
  const highlighted = page.locator(".is-highlighted");
  expect(await highlighted.count()).toBeGreaterThanOrEqual(2);
  expect(
    new Set(await highlighted.evaluateAll((marks) => marks.map((m) => m.getAttribute("data-municipality")))),
  ).toEqual(new Set(["630"]));
  await expect(page.getByRole("status").filter({ hasText: "Fremhævet: Vejle" })).toHaveCount(1);
  await expect(page).toHaveURL(/fremhaev=630/);

  // The year control swaps the pre-rendered variants of both figures.
  const year = page.getByRole("combobox", { name: "Vis år" }).first();
  const options = await year.locator("option").allTextContents();
  expect(options.length).toBeGreaterThan(1);
  const earlier = options[1] ?? "";
  await year.selectOption(earlier);
  await expect(page).toHaveURL(new RegExp(`aar=${earlier}`));
  await expect(page.locator(`#bm-anbringelser-placering-${earlier}`)).toBeVisible();
  await expect(page.locator("#bm-anbringelser-placering")).toBeHidden();
  await expect(page.locator(`#bm-anbringelser-kort-${earlier}`)).toBeVisible();
  // The highlight follows to the year shown.
  await expect(
    page.locator(`#bm-anbringelser-placering-${earlier} .chart-svg__wide .is-highlighted`),
  ).toHaveCount(1);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);

  // A link in an agenda opens the same view.
  await page.goto(`${PAGE}?aar=${earlier}&fremhaev=630,621`);
  await expect(page.locator(`#bm-anbringelser-placering-${earlier}`)).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Vis år" }).first()).toHaveValue(earlier);
  await expect(page.locator(".highlight__chosen li")).toHaveCount(2);
  await page.getByRole("button", { name: "Fjern fremhævningen af Vejle" }).click();
  await expect(page).toHaveURL(/fremhaev=621(&|$)/);
});

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });
  test("the latest year shows, the controls are not offered", async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.locator("#bm-anbringelser-placering")).toBeVisible();
    await expect(page.locator("[data-variant][hidden]").first()).toBeHidden();
    await expect(page.getByRole("combobox", { name: "Fremhæv en kommune i figurerne" })).toBeHidden();
  });
});
