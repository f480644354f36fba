import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { renderSvg } from "../../src/charts/render.ts";
import { GALLERY, galleryData } from "../gallery/index.ts";
import { WCAG_TAGS } from "./site.ts";

const escapeHtml = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

test("every chart type in the gallery renders and passes axe (WCAG 2.1 A/AA)", async ({ page }) => {
  test.setTimeout(120_000);
  const data = galleryData();
  const figures = GALLERY.map((example) => {
    const spec = example.spec(data);
    const svg = renderSvg(spec.plot, { label: spec.title, describedBy: `${spec.id}-alt` });
    return `<figure id="${spec.id}"><figcaption>${escapeHtml(spec.title)}</figcaption>${svg}<p id="${spec.id}-alt">${escapeHtml(spec.alt)}</p></figure>`;
  });
  await page.setContent(
    `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Figurgalleri</title></head><body><main><h1>Figurgalleri</h1>${figures.join("")}</main></body></html>`,
  );
  await expect(page.locator("figure svg")).toHaveCount(GALLERY.length);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
});
