// Site benchmark: full build time of the demo site, pages per second, and for every page the
// cold-cache transfer (every response gzip-compressed, downloads excluded) and the JavaScript it
// ships, and the layout shift while it loads (the web font's swap included). Targets: 0 KB JS needed to
// read; median page ≤ 30 KB gzip, fonts included; none over 100 KB; islands ≤ 15 KB per page; CLS 0.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, statSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../scripts/chromium.mjs";
import type { BenchResult } from "./report.ts";

const ROOT = join(import.meta.dirname, "..");
const PORT = 4395;

function pagesIn(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pagesIn(root, path);
    return name === "index.html"
      ? [`/${relative(root, dir)}/`.replace(/\/+$/, "/").replace(/^\/\.\//, "/")]
      : [];
  });
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

export default async function siteBench(): Promise<BenchResult> {
  const out = join(mkdtempSync(join(tmpdir(), "udvalgsbrief-bench-")), "dist");
  const started = performance.now();
  const build = spawnSync(process.execPath, ["scripts/build.mjs", "--out", out], {
    cwd: ROOT,
    encoding: "utf8",
  });
  const seconds = (performance.now() - started) / 1000;
  if (build.status !== 0) throw new Error(`build failed:\n${build.stderr}`);
  const pages = pagesIn(out)
    .map((p) => (p === "//" ? "/" : p))
    .sort();

  const server = spawn(process.execPath, ["scripts/serve-static.mjs", out, String(PORT)], {
    cwd: ROOT,
    stdio: "ignore",
  });
  await new Promise((done) => setTimeout(done, 400));
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  const rows: { page: string; total: number; js: number; requests: number; shift: number }[] = [];
  try {
    for (const page of pages) {
      const context = await browser.newContext(); // a fresh context: an empty cache
      const tab = await context.newPage();
      // The fonts arrive 400 ms late, after the first paint, as on a slow line: the layout shift
      // measured below then includes the swap from the fallback font.
      await tab.route("**/*.woff2", (route) => setTimeout(() => void route.continue(), 400));
      const bodies: Promise<{ type: string; bytes: number }>[] = [];
      tab.on("response", (response) => {
        if (/\.(csv|pdf)$/.test(new URL(response.url()).pathname)) return;
        bodies.push(
          response
            .body()
            .then((body) => ({
              type: response.request().resourceType(),
              bytes: gzipSync(body, { level: 9 }).length,
            }))
            .catch(() => ({ type: "other", bytes: 0 })),
        );
      });
      await tab.goto(`http://127.0.0.1:${PORT}${page}`, { waitUntil: "networkidle" });
      const inline = await tab.evaluate(() =>
        [...document.querySelectorAll("script:not([src])")].map((s) => s.textContent ?? ""),
      );
      // Cumulative layout shift of the load, read from the browser's own layout-shift entries.
      const shift = await tab.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
                total += entry.value;
            }).observe({ type: "layout-shift", buffered: true });
            setTimeout(() => resolve(total), 600);
          }),
      );
      const responses = await Promise.all(bodies);
      const inlineJs = inline.reduce(
        (sum, code) => sum + gzipSync(Buffer.from(code), { level: 9 }).length,
        0,
      );
      rows.push({
        page,
        total: responses.reduce((sum, r) => sum + r.bytes, 0),
        js: responses.filter((r) => r.type === "script").reduce((sum, r) => sum + r.bytes, 0) + inlineJs,
        requests: responses.length,
        shift,
      });
      await context.close();
    }
  } finally {
    await browser.close();
    server.kill();
  }
  const totals = rows.map((r) => r.total).sort((a, b) => a - b);
  const median = totals[Math.floor(totals.length / 2)] ?? 0;
  return {
    title: "Site: build and page weight",
    context: [
      `${cpus().length} cores, Node ${process.version}, Chromium (Debian) headless, cold cache per page`,
      `Built ${pages.length} pages from the demo data`,
    ],
    tables: [
      {
        caption: "Build",
        columns: ["full build (s)", "pages", "pages per second"],
        rows: [[seconds.toFixed(1), pages.length, (pages.length / seconds).toFixed(1)]],
      },
      {
        caption: "Per page, cold cache, gzip (downloads excluded)",
        columns: ["page", "transfer (KB)", "JS (KB)", "requests", "layout shift (CLS)"],
        rows: rows.map((r) => [r.page, kb(r.total), kb(r.js), r.requests, r.shift.toFixed(3)]),
      },
      {
        caption: "Against the targets",
        columns: ["measure", "value", "target"],
        rows: [
          ["median page transfer (fonts included)", `${kb(median)} KB`, "≤ 30 KB"],
          ["largest layout shift (CLS)", Math.max(...rows.map((r) => r.shift)).toFixed(3), "0 (≤ 0.1 good)"],
          [
            "largest page transfer",
            `${kb(totals.at(-1) ?? 0)} KB (${rows.find((r) => r.total === totals.at(-1))?.page})`,
            "≤ 100 KB",
          ],
          [
            "largest JS on a page",
            `${kb(Math.max(...rows.map((r) => r.js)))} KB`,
            "all islands on a page ≤ 15 KB; 0 KB needed to read (see interaction.md)",
          ],
        ],
      },
    ],
    notes: [
      "Pagefind's index chunks and WebAssembly load only on /sog/ after a search, so they are not in the page's cold load.",
    ],
  };
}
