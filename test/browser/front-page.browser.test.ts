import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

test("the front page shows the outlook chart as inline SVG with its table and source", async ({ page }) => {
  const foreign: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.hostname !== "127.0.0.1" && url.protocol !== "data:") foreign.push(request.url());
  });
  await page.goto("/");
  const figure = page.locator("figure#budget-outlook");
  await expect(figure.getByRole("heading", { level: 2 })).toContainText("forventer");
  await expect(figure.locator(".chart-svg__wide svg:is([role=img], [role=group])")).toHaveCount(1);
  await expect(figure.locator(".chart-svg__narrow svg:is([role=img], [role=group])")).toHaveCount(1);
  // The table sits behind a control, closed until asked for.
  await expect(figure.getByRole("table")).toBeHidden();
  await figure.getByText("Tabel med tallene").click();
  await expect(figure.getByRole("table")).toContainText("Børn og familie");
  await expect(figure).toContainText("Kilde:");
  await expect(figure.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);
  await page.screenshot({ path: "test-results/screenshots/front-page.png", fullPage: true });
  expect(foreign).toEqual([]);
});

test("the front page has no axe violations (WCAG 2.1 A/AA)", async ({ page }) => {
  await page.goto("/");
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
});

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });
  test("the chart, table and CSV link are all there", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("figure .chart-svg__wide svg")).toHaveCount(1);
    await expect(page.locator("figure table tbody tr")).toHaveCount(3);
    const href = await page.getByRole("link", { name: /Hent tallene som CSV/ }).getAttribute("href");
    const response = await page.request.get(href ?? "");
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain("Korrigeret budget (kr.)");
  });
});
