import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { WCAG_TAGS } from "./site.ts";

const PAGE = "/sammenlign/regk31-plejefamilier/";

test("highlight a municipality by name and choose the year; the URL keeps both and restores them", async ({
  page,
}) => {
  test.setTimeout(90_000);
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
  await expect(page.locator(`#regk31-plejefamilier-placering-${earlier}`)).toBeVisible();
  await expect(page.locator("#regk31-plejefamilier-placering")).toBeHidden();
  // The map (on its own tab) has switched year too.
  await expect(
    page.locator(`[data-variant]:has(> #regk31-plejefamilier-kort-${earlier})`),
  ).not.toHaveAttribute("hidden");
  await expect(page.locator("[data-variant]:has(> #regk31-plejefamilier-kort)")).toHaveAttribute("hidden");
  // The highlight follows to the year shown.
  await expect(
    page.locator(`#regk31-plejefamilier-placering-${earlier} .chart-svg__wide .is-highlighted`),
  ).toHaveCount(1);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);

  // A link in an agenda opens the same view.
  await page.goto(`${PAGE}?aar=${earlier}&fremhaev=630,621`);
  await expect(page.locator(`#regk31-plejefamilier-placering-${earlier}`)).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Vis år" }).first()).toHaveValue(earlier);
  await expect(page.locator(".highlight__chosen li")).toHaveCount(2);
  await page.getByRole("button", { name: "Fjern fremhævningen af Vejle" }).click();
  await expect(page).toHaveURL(/fremhaev=621(&|$)/);
});

test("switching peer group keeps the highlighted municipality; the group's page is its own address", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto(`${PAGE}?fremhaev=630`);
  const groups = page.locator("a[data-keep-view]");
  expect(await groups.count()).toBeGreaterThan(1);
  const name = (await groups.first().textContent())?.trim() ?? "";
  const path = new URL((await groups.first().getAttribute("href")) ?? "", page.url()).pathname;
  expect(path).toMatch(/^\/sammenlign\/regk31-plejefamilier\/[a-z]+\/$/);
  await groups.first().click();
  await expect(page).toHaveURL(new RegExp(`${path}\\?fremhaev=630$`));
  // The chosen group is the one shown, and Vejle (630) is still highlighted in its figures.
  await expect(page.locator('[aria-current="true"]').filter({ hasText: name })).toHaveCount(1);
  // (the highlight is applied when the page's script has run: wait for it, do not count at once)
  await expect(page.locator('.is-highlighted[data-municipality="630"]')).not.toHaveCount(0);
  await expect(page.locator(".highlight__chosen li")).toHaveCount(1);
  // Back on the default group by its link, the highlight comes along again.
  await page.locator("a[data-keep-view]").filter({ hasNotText: name }).first().click();
  await expect(page).toHaveURL(/fremhaev=630/);
});

test("the ranking and the map are tabs: arrows, Home and End move between them; axe clean in each", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto(PAGE);
  const tabs = page.getByRole("tablist", { name: "Vis som" });
  const ranking = tabs.getByRole("tab", { name: "Placering" });
  const map = tabs.getByRole("tab", { name: "Kort" });
  await expect(ranking).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("tabpanel", { name: "Placering" })).toBeVisible();
  await expect(page.getByRole("tabpanel", { name: "Kort" })).toBeHidden();
  for (const [key, tab, panel] of [
    ["ArrowRight", map, "Kort"],
    ["ArrowRight", ranking, "Placering"],
    ["End", map, "Kort"],
    ["Home", ranking, "Placering"],
    ["ArrowLeft", map, "Kort"],
  ] as const) {
    if ((await tabs.locator(":focus").count()) === 0) await ranking.focus();
    await page.keyboard.press(key);
    await expect(tab).toBeFocused();
    await expect(tab).toHaveAttribute("aria-selected", "true");
    await expect(page.getByRole("tabpanel", { name: panel })).toBeVisible();
    const results = await new AxeBuilder({ page }).include(".view-tabs").withTags(WCAG_TAGS).analyze();
    expect(results.violations.map((v) => `${panel}: ${v.id}`)).toEqual([]);
  }
  // One tab stop: only the selected tab is in the tab order.
  await expect(tabs.locator('[tabindex="0"]')).toHaveCount(1);
  // The year control stays reachable on the map tab, and the choice of tab is in the URL.
  await expect(page.getByRole("combobox", { name: "Vis år" })).toBeVisible();
  await expect(page).toHaveURL(/visning=kort/);
});

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });
  test("the latest year shows, the controls are not offered", async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.locator("#regk31-plejefamilier-placering")).toBeVisible();
    await expect(page.locator("[data-variant][hidden]").first()).toBeHidden();
    await expect(page.getByRole("combobox", { name: "Fremhæv en kommune i figurerne" })).toBeHidden();
    // Without the tabs, the ranking and the map are both on the page, one after the other.
    await expect(page.locator("#regk31-plejefamilier-kort")).toBeVisible();
    await expect(page.getByRole("tablist")).toHaveCount(0);
  });
});
