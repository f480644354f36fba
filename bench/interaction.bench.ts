// Interaction benchmark: the JavaScript each page ships (gzip, every island together, static imports
// followed), and the latency of the interactions in headless Chromium: a tooltip on hover and by
// keyboard, a variant switch (year), a highlight, a scenario change. Targets: ≤ 15 KB of islands on
// any page, 0 KB on pages without interaction, each interaction < 50 ms.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../scripts/chromium.mjs";
import type { BenchResult } from "./report.ts";

const ROOT = join(import.meta.dirname, "..");
const PORT = 4396;
const BUDGET = 15 * 1024;
const RUNS = 25;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name === "index.html" ? [path] : [];
  });
}

const gz = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length;

/** Every script a page runs: inline module scripts and /_astro modules with their static imports. */
export function pageScripts(out: string, html: string): { name: string; code: string }[] {
  const scripts: { name: string; code: string }[] = [];
  const seen = new Set<string>();
  const follow = (src: string) => {
    if (seen.has(src)) return;
    seen.add(src);
    const file = join(out, src);
    if (!existsSync(file)) return;
    const code = readFileSync(file, "utf8");
    scripts.push({ name: src.replace(/^\/_astro\//, ""), code });
    for (const m of code.matchAll(/(?:import|from)\s*["'](\.{0,2}\/[^"']+\.js)["']/g)) {
      const target = m[1] ?? "";
      follow(target.startsWith("/") ? target : join("/_astro", target));
    }
  };
  for (const m of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(m[1] ?? "")?.[1];
    if (src) follow(src);
    else if ((m[2] ?? "").trim()) scripts.push({ name: "inline", code: m[2] ?? "" });
  }
  return scripts;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const p95 = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.95))] ?? 0;

/**
 * Times one interaction RUNS times in the page: `act` runs the handler synchronously (it must
 * force the layout it causes); the time to the next animation frame is measured too.
 */
async function time(page: Page, act: string): Promise<{ handler: number[]; frame: number[] }> {
  return page.evaluate(
    async ({ act, runs }) => {
      const run = new Function("i", act) as (i: number) => void;
      const handler: number[] = [];
      const frame: number[] = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        run(i);
        handler.push(performance.now() - start);
        await new Promise((done) => requestAnimationFrame(done));
        frame.push(performance.now() - start);
        await new Promise((done) => setTimeout(done, 20));
      }
      return { handler, frame };
    },
    { act, runs: RUNS },
  );
}

export default async function interactionBench(): Promise<BenchResult> {
  const out = join(mkdtempSync(join(tmpdir(), "udvalgsbrief-bench-")), "dist");
  const build = spawnSync(process.execPath, ["scripts/build.mjs", "--out", out], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stderr}`);

  const rows = htmlFiles(out)
    .map((file) => {
      const html = readFileSync(file, "utf8");
      const scripts = pageScripts(out, html);
      const bytes = scripts.reduce((sum, s) => sum + gz(s.code), 0);
      const page = `/${relative(out, file).replace(/index\.html$/, "")}`;
      const interactive = /tip-mark|class="scenario"|data-variants|data-highlight|class="search"/.test(html);
      return { page, scripts, bytes, interactive };
    })
    .sort((a, b) => a.page.localeCompare(b.page));

  const server = spawn(process.execPath, ["scripts/serve-static.mjs", out, String(PORT)], {
    cwd: ROOT,
    stdio: "ignore",
  });
  await new Promise((done) => setTimeout(done, 400));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const latency: (string | number)[][] = [];
  const measure = async (name: string, path: string, act: string) => {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${PORT}${path}`, { waitUntil: "networkidle" });
    const { handler, frame } = await time(page, act);
    latency.push([
      name,
      path,
      median(handler).toFixed(1),
      p95(handler).toFixed(1),
      median(frame).toFixed(1),
      p95(frame).toFixed(1),
    ]);
    await page.close();
  };
  try {
    const hover = (figure: string) => `
      const marks = [...document.querySelectorAll("#${figure} .chart-svg__wide .tip-mark")];
      const mark = marks[i % marks.length];
      mark.dispatchEvent(new PointerEvent("pointerover", { bubbles: true }));
      document.querySelector("#${figure} .chart-tip").getBoundingClientRect();`;
    await measure("tooltip on hover: bar", "/indsatstrappe/born-familie/", hover("born-familie-trappe"));
    await measure(
      "tooltip on hover: point (98)",
      "/sammenlign/regk31-plejefamilier/",
      hover("regk31-plejefamilier-placering"),
    );
    await measure(
      "tooltip on hover: map region",
      "/sammenlign/regk31-plejefamilier/",
      `if (i === 0) [...document.querySelectorAll('[role="tab"]')].find((t) => t.textContent === "Kort")?.click();
       ${hover("regk31-plejefamilier-kort")}`,
    );
    await measure(
      "tab switch: ranking and map",
      "/sammenlign/regk31-plejefamilier/",
      `const tabs = [...document.querySelectorAll('[role="tab"]')];
       tabs[(i + 1) % tabs.length].click();
       document.body.getBoundingClientRect();`,
    );
    await measure(
      "tooltip by keyboard: arrow to next mark",
      "/sammenlign/regk31-plejefamilier/",
      `const marks = [...document.querySelectorAll("#regk31-plejefamilier-placering .chart-svg__wide .tip-mark")];
       const current = document.activeElement?.closest?.(".tip-mark") ?? marks[0];
       if (document.activeElement !== current) current.focus();
       current.dispatchEvent(new KeyboardEvent("keydown", { key: i % 2 ? "ArrowLeft" : "ArrowRight", bubbles: true }));
       document.querySelector("#regk31-plejefamilier-placering .chart-tip").getBoundingClientRect();`,
    );
    await measure(
      "variant switch: year",
      "/sammenlign/regk31-plejefamilier/",
      `const select = document.querySelector(".variants-control select");
       select.value = select.options[i % select.options.length].value;
       select.dispatchEvent(new Event("change"));
       document.body.getBoundingClientRect();`,
    );
    await measure(
      "highlight a municipality",
      "/sammenlign/regk31-plejefamilier/",
      `const input = document.querySelector("[data-highlight] input");
       input.value = i % 2 ? "Vejle" : "Aarhus";
       input.dispatchEvent(new Event("change"));
       document.body.getBoundingClientRect();`,
    );
    await measure(
      "scenario planner: change a count",
      "/indsatstrappe/born-familie/",
      `const input = document.querySelector(".scenario input[name=antal-0]");
       input.value = String(1 + (i % 20));
       input.dispatchEvent(new Event("input", { bubbles: true }));
       document.body.getBoundingClientRect();`,
    );
  } finally {
    await browser.close();
    server.kill();
  }
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  const largest = Math.max(...rows.map((r) => r.bytes));
  return {
    title: "Interaction: JavaScript per page and interaction latency",
    context: [
      `${cpus().length} cores, Node ${process.version}, Chromium (Debian) headless`,
      `${rows.length} pages of the demo site; JS is every inline island and /_astro module a page loads, gzip -9`,
      `Latency: ${RUNS} runs each; handler = the event handler with the layout it causes; frame = to the next animation frame`,
    ],
    tables: [
      {
        caption: "JavaScript per page (gzip)",
        columns: ["page", "scripts", "JS (KB)", "budget 15 KB"],
        rows: rows.map((r) => [
          r.page,
          r.scripts.length === 0 ? "–" : r.scripts.map((s) => `${s.name} (${kb(gz(s.code))})`).join(", "),
          kb(r.bytes),
          r.bytes <= BUDGET ? "ok" : "OVER",
        ]),
      },
      {
        caption: "Interaction latency (ms)",
        columns: ["interaction", "page", "handler median", "handler p95", "to frame median", "to frame p95"],
        rows: latency,
      },
      {
        caption: "Against the targets",
        columns: ["measure", "value", "target"],
        rows: [
          ["largest JS on a page (all islands)", `${kb(largest)} KB`, "≤ 15 KB"],
          [
            "pages with no JS at all",
            String(rows.filter((r) => r.bytes === 0).length),
            "every page without interaction",
          ],
          [
            "pages without interaction that ship JS",
            String(rows.filter((r) => r.bytes > 0 && !r.interactive).length),
            "0",
          ],
          [
            "slowest interaction (handler p95)",
            `${Math.max(...latency.map((l) => Number(l[3]))).toFixed(1)} ms`,
            "< 50 ms",
          ],
        ],
      },
    ],
    notes: [
      "Pages with a chart load the tooltip island; the ladder pages add the scenario planner, the comparison pages the year switch and the highlight. Pages without charts or controls ship none.",
    ],
  };
}
