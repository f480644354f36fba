import { expect, test } from "@playwright/test";
import { crawlSite } from "./site.ts";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

test("every figure links its SVG and PNG, made at build time, with title, source and data date in the image", async ({
  page,
  request,
}) => {
  test.setTimeout(480_000);
  const pages = await crawlSite(page);
  const checked = new Set<string>();
  const problems: string[] = [];
  for (const path of pages) {
    await page.goto(path);
    const figures = await page.locator("figure.chart").evaluateAll((all) =>
      all.map((figure) => {
        const link = (name: string) =>
          [...figure.querySelectorAll<HTMLAnchorElement>(".chart-meta a")].find((a) =>
            a.textContent?.startsWith(name),
          );
        return {
          id: figure.getAttribute("data-figure") ?? "?",
          elementId: figure.id,
          svgHref: link("SVG")?.getAttribute("href"),
          svgDownload: link("SVG")?.getAttribute("download"),
          pngHref: link("PNG")?.getAttribute("href"),
          title: (figure.querySelector(".chart-title")?.textContent ?? "").replaceAll("\u00a0", " "),
          asOf: figure.querySelector(".chart-meta time")?.getAttribute("datetime") ?? "",
        };
      }),
    );
    for (const { id, elementId, svgHref, svgDownload, pngHref, title, asOf } of figures) {
      // A figure quoted in a briefing shows the briefing's snapshot: it links no current image.
      if (elementId !== id) {
        if (pngHref) problems.push(`${path}#${elementId}: a quoted figure links the current image`);
        continue;
      }
      if (checked.has(id)) continue;
      checked.add(id);
      expect(svgDownload, id).toMatch(/\(data pr\. \d{4}-\d{2}-\d{2}\)\.svg$/);
      const svg = await request.get(svgHref ?? "");
      const png = await request.get(pngHref ?? "");
      if (!svg.ok() || !png.ok()) {
        problems.push(`${path}#${id}: ${svgHref} ${svg.status()}, ${pngHref} ${png.status()}`);
        continue;
      }
      const text = await svg.text();
      const [year, month, day] = asOf.split("-").map(Number);
      const fromXml = (t: string) =>
        t
          .replaceAll("&#160;", " ")
          .replaceAll("&quot;", '"')
          .replaceAll("&lt;", "<")
          .replaceAll("&gt;", ">")
          .replaceAll("&amp;", "&");
      const words = fromXml(text.replace(/<[^>]+>/g, " ")).replace(/\s+/g, " ");
      if (fromXml(/<title>([^<]*)<\/title>/.exec(text)?.[1] ?? "") !== title)
        problems.push(`${id}: no title`);
      if (!words.includes(title.split(" ").slice(0, 4).join(" "))) problems.push(`${id}: title not drawn`);
      if (!words.includes("Kilde: ")) problems.push(`${id}: no source`);
      if (!new RegExp(`Data pr\\. ${day}\\. \\p{L}+ ${year}`, "u").test(words) || !month)
        problems.push(`${id}: no data date`);
      const width = Number(/^<svg[^>]*\bwidth="(\d+)"/.exec(text)?.[1]);
      const height = Number(/^<svg[^>]*\bheight="(\d+)"/.exec(text)?.[1]);
      const bytes = await png.body();
      expect([...bytes.subarray(0, 8)], `${id}: PNG signature`).toEqual(PNG_SIGNATURE);
      // IHDR: width and height, big-endian, at bytes 16–23; the PNG is drawn at twice the SVG's size.
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], `${id}: PNG size`).toEqual([
        2 * width,
        2 * height,
      ]);
    }
  }
  expect(checked.size).toBeGreaterThan(20);
  expect(problems).toEqual([]);
});
