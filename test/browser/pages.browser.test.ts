import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { crawlSite, WCAG_TAGS } from "./site.ts";

test("every page passes axe (WCAG 2.1 A/AA), has one h1, a skip link and landmarks", async ({ page }) => {
  // 21 comparison pages (7 measures × 3 peer groups) with 98-row tables: axe needs more than 3 minutes here.
  test.setTimeout(360_000);
  const pages = await crawlSite(page);
  expect(pages.length).toBeGreaterThanOrEqual(4);
  const problems: string[] = [];
  for (const path of pages) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    for (const v of results.violations)
      problems.push(`${path}: ${v.id} (${v.nodes.map((n) => n.target).join(", ")})`);
    if ((await page.locator("h1").count()) !== 1) problems.push(`${path}: expected one h1`);
    if ((await page.locator("main").count()) !== 1) problems.push(`${path}: expected one main landmark`);
    if ((await page.locator("a.skip-link[href='#indhold']").count()) !== 1)
      problems.push(`${path}: no skip link`);
  }
  expect(problems).toEqual([]);
});

test("every figure has its title, chart, text alternative, table, source, date and a working CSV link", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const pages = await crawlSite(page);
  const problems: string[] = [];
  let figures = 0;
  for (const path of pages) {
    await page.goto(path);
    for (const figure of await page.locator("figure.chart").all()) {
      figures += 1;
      const id = (await figure.getAttribute("id")) ?? "?";
      const where = `${path}#${id}`;
      const svg = figure.locator(".chart-svg svg:is([role=img], [role=group])");
      if ((await svg.count()) < 1) problems.push(`${where}: no SVG chart`);
      const describedBy = await svg.first().getAttribute("aria-describedby");
      if (!describedBy || (await page.locator(`#${describedBy}`).innerText()).trim().length < 40) {
        problems.push(`${where}: text alternative missing or too short`);
      }
      if (!(await figure.locator(".chart-title").innerText()).trim()) problems.push(`${where}: no title`);
      // The full table is the last one (long lists show the home municipality and peers first).
      const table = figure.locator("table").last();
      if ((await table.locator("caption").count()) !== 1) problems.push(`${where}: no table with caption`);
      const headers = await table.locator("th[scope=col]").allTextContents();
      if (headers.length < 2 || headers.some((h) => !h.trim()))
        problems.push(`${where}: table without (or with an empty) column header`);
      if (!(await figure.innerText()).includes("Kilde:")) problems.push(`${where}: no source`);
      if ((await figure.locator("time[datetime]").count()) < 1) problems.push(`${where}: no date`);
      const href = await figure.locator(`a[download][href$=".csv"]`).getAttribute("href");
      const csv = href ? await request.get(href) : undefined;
      const text = csv ? (await csv.text()).replace(/^\uFEFF/, "") : "";
      if (csv?.status() !== 200) problems.push(`${where}: CSV link broken`);
      // The first line is the header row; the title and source are in the metadata file beside it.
      const firstLine = text.split("\n", 1)[0] ?? "";
      if (!firstLine.startsWith(headers[0]?.trim().split("\n")[0] ?? "?"))
        problems.push(`${where}: CSV does not start with its header: ${firstLine.slice(0, 60)}`);
      const metadata = href ? await request.get(href.replace(/\.csv$/, ".metadata.json")) : undefined;
      if (metadata?.status() !== 200 || !(await metadata.text()).includes('"source"'))
        problems.push(`${where}: no metadata file beside the CSV`);
      const tableRows = await table.locator("tbody tr").count();
      const csvRows = text.trim().split("\n").length - 1;
      if (tableRows !== csvRows) problems.push(`${where}: table has ${tableRows} rows, CSV ${csvRows}`);
    }
  }
  expect(figures).toBeGreaterThan(10);
  expect(problems).toEqual([]);
});

test("the skip link moves keyboard focus to the main content", async ({ page }) => {
  await page.goto("/omraader/born-familie/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Gå til indhold" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });
  test("area pages show every chart and table", async ({ page }) => {
    await page.goto("/omraader/aeldre/");
    const figures = page.locator("figure.chart");
    const count = await figures.count();
    expect(count).toBeGreaterThan(3);
    await expect(page.locator("figure.chart .chart-svg__wide svg[role=img]")).toHaveCount(count);
    await expect(page.locator("figure.chart table")).toHaveCount(count);
    await expect(page.getByRole("heading", { name: /uge \d+/ })).toBeVisible();
  });
});

test("the axe check can fail: a planted violation is found", async ({ page }) => {
  await page.goto("/");
  await page.evaluate(() => {
    const img = document.createElement("img");
    img.src = "/favicon.svg";
    document.querySelector("main")?.append(img);
    document.documentElement.removeAttribute("lang");
  });
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((v) => v.id).sort()).toEqual(["html-has-lang", "image-alt"]);
});
