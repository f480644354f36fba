import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { crawlSite, WCAG_TAGS } from "./site.ts";

// WCAG 1.4.10 (reflow) at 320 CSS px, and a common phone at 390 px: no page scrolls sideways, and no
// chart's text (its key labels included) lies outside the screen.
for (const width of [320, 390]) {
  test(`at ${width} px no page scrolls sideways and every chart label is on screen`, async ({ page }) => {
    test.setTimeout(180_000);
    const pages = await crawlSite(page);
    await page.setViewportSize({ width, height: 800 });
    const problems: string[] = [];
    for (const path of pages) {
      await page.goto(path);
      const found = await page.evaluate(() => {
        const viewport = document.documentElement.clientWidth;
        const issues: string[] = [];
        if (document.documentElement.scrollWidth > viewport)
          issues.push(`page is ${document.documentElement.scrollWidth} px wide`);
        for (const text of document.querySelectorAll(".chart-svg svg text")) {
          const box = text.getBoundingClientRect();
          if (box.width === 0) continue; // the variant not shown at this width
          const svg = (text.closest("svg") as SVGSVGElement).getBoundingClientRect();
          if (box.left < Math.max(0, svg.left) - 1 || box.right > Math.min(viewport, svg.right) + 1)
            issues.push(`chart label "${text.textContent}" is cut off or off-screen`);
        }
        return issues;
      });
      problems.push(...found.map((issue) => `${path}: ${issue}`));
    }
    expect(problems).toEqual([]);
  });
}

test("every page passes axe (WCAG 2.1 A/AA) at 390 px", async ({ page }) => {
  test.setTimeout(180_000);
  const pages = await crawlSite(page);
  await page.setViewportSize({ width: 390, height: 800 });
  const problems: string[] = [];
  for (const path of pages) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    for (const v of results.violations)
      problems.push(`${path}: ${v.id} (${v.nodes.map((n) => n.target).join(", ")})`);
  }
  expect(problems).toEqual([]);
});
