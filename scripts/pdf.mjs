// Renders a built site's pages to A4 PDFs with headless Chromium: one meeting document per briefing
// (the file to attach to the agenda item), and the front, area, ladder and comparison pages. The
// header names the committee, the meeting and the agenda item; the footer has the data date and page
// numbers. Tables are open and link addresses printed (see the print styles in global.css).
//   npm run pdf [-- --dist dist --out pdf]
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium.mjs";

const { values } = parseArgs({
  options: {
    dist: { type: "string", default: "dist" },
    out: { type: "string", default: "pdf" },
    port: { type: "string", default: "4390" },
  },
});
const dist = resolve(values.dist ?? "dist");
const out = resolve(values.out ?? "pdf");
if (!existsSync(join(dist, "index.html"))) {
  console.error(`No built site in ${dist}: run npm run build first.`);
  process.exit(1);
}
mkdirSync(out, { recursive: true });

const port = Number(values.port);
const server = spawn(process.execPath, [resolve("scripts/serve-static.mjs"), dist, String(port)], {
  stdio: "ignore",
});
await new Promise((done) => setTimeout(done, 500));

const briefings = existsSync(join(dist, "moeder"))
  ? readdirSync(join(dist, "moeder")).filter((name) => existsSync(join(dist, "moeder", name, "index.html")))
  : [];
/** The pages under a folder of the built site, e.g. every area page under omraader/. */
const pagesIn = (folder) =>
  existsSync(join(dist, folder))
    ? readdirSync(join(dist, folder)).filter((name) => existsSync(join(dist, folder, name, "index.html")))
    : [];
const targets = [
  { path: "/", file: "overblik.pdf" },
  ...briefings.map((name) => ({ path: `/moeder/${name}/`, file: `${name}.pdf` })),
  ...pagesIn("omraader").map((name) => ({ path: `/omraader/${name}/`, file: `omraade-${name}.pdf` })),
  ...pagesIn("indsatstrappe").map((name) => ({
    path: `/indsatstrappe/${name}/`,
    file: `indsatstrappe-${name}.pdf`,
  })),
  ...(existsSync(join(dist, "sammenlign", "index.html"))
    ? [{ path: "/sammenlign/", file: "sammenlign.pdf" }]
    : []),
  ...pagesIn("sammenlign").map((name) => ({ path: `/sammenlign/${name}/`, file: `sammenlign-${name}.pdf` })),
];

const escapeHtml = (text) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage();
  for (const target of targets) {
    await page.goto(`http://127.0.0.1:${port}${target.path}`, { waitUntil: "networkidle" });
    await page.evaluate(() => document.fonts.ready);
    const info = await page.evaluate(() => ({
      committee:
        document.querySelector(".briefing-cover__committee")?.textContent?.trim() ??
        document.querySelector(".site-name")?.textContent?.trim() ??
        "",
      meeting:
        document.querySelector(".briefing-cover__meeting")?.textContent?.trim() ??
        document.querySelector("h1")?.textContent?.trim() ??
        document.title,
      data:
        document.querySelector(".briefing-cover__data")?.textContent?.trim() ??
        `Data pr. ${document.querySelector("figure time")?.textContent?.trim() ?? ""}`,
    }));
    const style =
      "font-family: 'IBM Plex Sans', Arial, sans-serif; font-size: 8pt; width: 100%; margin: 0 12mm; color: #333; display: flex; justify-content: space-between;";
    await page.pdf({
      path: join(out, target.file),
      format: "A4",
      printBackground: true,
      displayHeaderFooter: true,
      margin: { top: "18mm", bottom: "16mm", left: "12mm", right: "12mm" },
      headerTemplate: `<div style="${style}"><span>${escapeHtml(info.committee)}</span><span>${escapeHtml(info.meeting)}</span></div>`,
      footerTemplate: `<div style="${style}"><span>${escapeHtml(info.data)}</span><span>Side <span class="pageNumber"></span> af <span class="totalPages"></span></span></div>`,
    });
    console.log(`wrote ${join(out, target.file)}`);
  }
} finally {
  await browser.close();
  server.kill();
}
