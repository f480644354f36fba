import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { WCAG_TAGS } from "./site.ts";

/** One figure of each chart type, and the page it is on. */
const CHART_TYPES = [
  { type: "bar", page: "/indsatstrappe/born-familie/", figure: "born-familie-trappe" },
  { type: "point", page: "/sammenlign/regk31-plejefamilier/", figure: "regk31-plejefamilier-placering" },
  { type: "line vertex", page: "/omraader/born-familie/", figure: "born-familie-prognose" },
  // The map is the second tab on a comparison page (the ranking the first).
  {
    type: "map region",
    page: "/sammenlign/regk31-plejefamilier/",
    figure: "regk31-plejefamilier-kort",
    tab: "Kort",
  },
  { type: "matrix cell", page: "/indsatstrappe/born-familie/", figure: "born-familie-bevaegelser" },
] as const;

async function expectedText(mark: Locator): Promise<string> {
  const [label, value] = await Promise.all([
    mark.getAttribute("data-tip-label"),
    mark.getAttribute("data-tip-value"),
  ]);
  expect(label, "the build wrote a label on the mark").toBeTruthy();
  expect(value, "the build wrote a value on the mark").toBeTruthy();
  return `${label}`;
}

function marksOf(page: Page, figure: string): Locator {
  return page.locator(`#${figure} .chart-svg__wide .tip-mark, #${figure} .chart-svg > svg .tip-mark`);
}

for (const { type, page: path, figure, ...rest } of CHART_TYPES) {
  test(`a ${type} shows its details on hover and by keyboard`, async ({ page }) => {
    await page.goto(path);
    if ("tab" in rest) await page.getByRole("tab", { name: rest.tab }).click();
    const marks = marksOf(page, figure);
    expect(await marks.count()).toBeGreaterThan(1);
    const tip = page.locator(`#${figure} .chart-tip`);
    await expect(tip).toBeHidden();

    // Mouse: hovering a mark shows its own label and value.
    const first = marks.first();
    await first.hover({ force: true });
    await expect(tip).toBeVisible();
    await expect(tip).toContainText(await expectedText(first));
    await expect(tip).toContainText((await first.getAttribute("data-tip-value")) ?? "");

    // Keyboard: one tab stop into the chart (back from the table control right after it), then the
    // arrow keys walk its marks; Escape closes.
    await page.mouse.move(0, 0);
    await page.locator(`#${figure} .chart-table > summary`).focus();
    await page.keyboard.press("Shift+Tab");
    const focused = page.locator(`#${figure} .tip-mark:focus`);
    await expect(focused).toHaveCount(1);
    await expect(focused).toHaveAttribute("role", "img");
    await expect(focused).toHaveAttribute("aria-label", /.+: .+/);
    await expect(tip).toBeVisible();
    await page.evaluate(() => document.activeElement?.setAttribute("data-was-focused", ""));
    await page.keyboard.press("ArrowRight");
    await expect(page.locator(`#${figure} .tip-mark:focus`)).toHaveCount(1);
    await expect(page.locator(`#${figure} .tip-mark:focus`)).not.toHaveAttribute("data-was-focused");
    await expect(tip).toContainText(await expectedText(page.locator(`#${figure} .tip-mark:focus`)));
    // Only the focused mark is in the tab order: the chart is one tab stop.
    await expect(
      page.locator(`#${figure} .chart-svg__wide [tabindex="0"], #${figure} .chart-svg > svg [tabindex="0"]`),
    ).toHaveCount(1);

    const results = await new AxeBuilder({ page }).include(`#${figure}`).withTags(WCAG_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);

    await page.keyboard.press("Escape");
    await expect(tip).toBeHidden();
  });
}

test("a withheld count reads as withheld in its tooltip", async ({ page }) => {
  await page.goto("/indsatstrappe/born-familie/");
  const withheld = page.locator(
    '#born-familie-bevaegelser .chart-svg__wide .tip-mark[data-tip-value^="under"]',
  );
  expect(await withheld.count()).toBeGreaterThan(0);
  await withheld.first().hover({ force: true });
  await expect(page.locator("#born-familie-bevaegelser .chart-tip")).toContainText(/under\s5/);
});
