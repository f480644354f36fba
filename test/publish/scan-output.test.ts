import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  foreignInlineScripts,
  inlineScriptHashes,
  withCspMeta,
} from "../../src/publish/csp.ts";
import { COMMITTEE_BANNER, forbiddenInPublic } from "../../src/publish/forbidden-texts.ts";
import { scanOutput } from "../../src/publish/scan-output.ts";

const page = (body: string) =>
  `<!doctype html><html lang="da"><head><title>x</title></head><body>${body}</body></html>`;
const figure = `<figure class="chart" id="anbringelser" data-figure="anbringelser"><table><thead><tr><th scope="col">Måned</th><th scope="col" data-people-count>Antal</th></tr></thead>
<tbody><tr><th scope="row">oktober 2026</th><td data-people-count>under 5</td></tr><tr><th scope="row">november 2026</th><td data-people-count>149</td></tr></tbody></table>
<a href="/csv/anbringelser.csv" download>CSV</a></figure>`;

function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "udvalgsbrief-scan-"));
  const all: Record<string, string> = {
    "index.html": page(`<main id="indhold"><a href="/om/">Om</a><a href="#indhold">Top</a>${figure}</main>`),
    "om/index.html": page("<main><h1>Om tallene</h1></main>"),
    "csv/anbringelser.csv": "\uFEFFMåned;Antal\noktober 2026;under 5\nnovember 2026;149\n",
    "csv/anbringelser.metadata.json": '{"title":"Anbringelser","source":"x"}',
    ...files,
  };
  for (const [file, text] of Object.entries(all)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

const options = { threshold: 5, forbiddenTexts: [COMMITTEE_BANNER, "Hjemmeplejens timer (udkast)"] };

describe("scanOutput", () => {
  it("finds nothing in a clean site", () => {
    expect(scanOutput(site({}), options)).toEqual([]);
  });

  it("finds a CPR-shaped value and does not repeat it", () => {
    const findings = scanOutput(site({ "x/index.html": page("<p>Sag 010190-1234</p>") }), options);
    expect(findings).toEqual([{ file: "x/index.html", check: "cpr", found: "••••••-••••" }]);
  });

  it("finds a small count of people in a page's table and in a figure's CSV", () => {
    const root = site({
      "index.html": page(
        figure.replace("<td data-people-count>under 5</td>", "<td data-people-count>3</td>"),
      ),
      "csv/anbringelser.csv": "Måned;Antal\noktober 2026;3\n",
    });
    expect(scanOutput(root, options).map((f) => [f.file, f.check])).toEqual([
      ["index.html", "small-count"],
      ["csv/anbringelser.csv", "small-count"],
    ]);
  });

  it("finds a small count in every table and CSV, marked or not: hand-written tables, the downloads' long tables", () => {
    const root = site({
      "om/index.html": page(
        `<main><table><caption>Eksempel</caption><thead><tr><th scope="col">Trin</th><th scope="col">Antal børn</th><th scope="col">Andel af børnene</th></tr></thead>
        <tbody><tr><th scope="row">Sikret</th><td>3</td><td>2 %</td></tr></tbody></table></main>`,
      ),
      "data/noegletalskatalog.csv":
        "id,label,counts_people\nanbringelser,Anbragte børn,yes\nsygefravaer,Sygefravær,no\n",
      "data/noegletal.csv":
        "area,measure_id,period,value\nborn-familie,anbringelser,2026-10,153\nborn-familie,anbringelser,2026-09,3\naeldre,sygefravaer,2026-10,3\n",
      "data/indsatstrappe-borgere.csv": "area,step_id,period,citizens\nborn-familie,sikret,2025,2\n",
    });
    const counts = scanOutput(root, options).filter((f) => f.check === "small-count");
    expect(counts.map((f) => `${f.file}: ${f.found}`)).toEqual([
      'om/index.html: 3 in "Antal børn" of "Eksempel"',
      'data/indsatstrappe-borgere.csv: 2 in row 2, column "citizens"',
      'data/noegletal.csv: 3 in row 3, column "value"',
    ]);
  });

  it("reads the threshold it is given: a higher threshold finds more", () => {
    const root = site({ "data/x.csv": "step,citizens\na,7\n" });
    const counts = (threshold: number) =>
      scanOutput(root, { ...options, threshold }).filter((f) => f.check === "small-count");
    expect(counts(5)).toEqual([]);
    expect(counts(10).map((f) => f.found)).toEqual(['7 in row 2, column "citizens"']);
  });

  it("finds a CSV whose first line is not its header, and one without its metadata file", () => {
    const root = site({
      "csv/anbringelser.csv": "\uFEFF# Anbringelser. Kilde: x\nMåned;Antal\nnovember 2026;149\n",
      "data/finance.csv": "area,month\nborn-familie,2026-10\n",
    });
    expect(scanOutput(root, options)).toEqual([
      {
        file: "csv/anbringelser.csv",
        check: "csv-layout",
        found: 'first line is not the header: "# Anbringelser. Kilde: x"',
      },
      { file: "data/finance.csv", check: "csv-layout", found: "no data/finance.metadata.json beside it" },
    ]);
  });

  it("finds committee-only text in the public build", () => {
    const findings = scanOutput(
      site({ "moeder/index.html": page("<li>Hjemmeplejens timer (udkast)</li>") }),
      options,
    );
    expect(findings).toEqual([
      { file: "moeder/index.html", check: "committee-text", found: "Hjemmeplejens timer (udkast)" },
    ]);
  });

  it("finds requests to other hosts in pages and stylesheets", () => {
    const root = site({
      "a/index.html": page(
        '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=IBM+Plex+Sans"><img src="//cdn.example/x.png" alt="">',
      ),
      "_astro/site.css": "@font-face{src:url(https://fonts.gstatic.com/x.woff2)}",
    });
    expect(scanOutput(root, options).map((f) => f.found)).toEqual([
      "url(https://fonts.gstatic.com/x.woff2)",
      '<link href="https://fonts.googleapis.com/css?family=IBM+Plex+Sans">',
      '<img src="//cdn.example/x.png">',
    ]);
  });

  it("finds broken internal links and anchors", () => {
    const root = site({
      "b/index.html": page('<a href="/findes-ikke/">x</a><a href="/om/#mangler">y</a><a href="/om/">ok</a>'),
    });
    expect(scanOutput(root, options).map((f) => f.found)).toEqual(["/findes-ikke/", "/om/#mangler"]);
  });
});

describe("the content security policy", () => {
  it("allows exactly the site's own inline module scripts, by hash, and nothing from other hosts", () => {
    const html = page(
      '<script type="module">console.log(1)</script><script src="/a.js"></script><script>alert(1)</script>',
    );
    const hashes = inlineScriptHashes(html);
    expect(hashes).toHaveLength(1);
    expect(foreignInlineScripts(html)).toEqual(["<script>alert(1)"]);
    const csp = contentSecurityPolicy(hashes);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain(hashes[0]);
    expect(csp).not.toMatch(/https?:/);
    expect(withCspMeta(html, csp)).toContain(
      `<head><meta http-equiv="Content-Security-Policy" content="${csp}">`,
    );
  });
});

describe("forbiddenInPublic", () => {
  it("lists the titles and addresses of committee-only and draft briefings", () => {
    const texts = forbiddenInPublic(join(import.meta.dirname, "../../content/briefings"));
    expect(texts).toContain(COMMITTEE_BANNER);
    expect(texts).toContain("Hjemmeplejens timer og sygefraværet (udkast)");
    expect(texts).toContain("/moeder/ssu-2026-11-hjemmepleje/");
    expect(texts).not.toContain("Budgetopfølgning pr. oktober og forventet regnskab 2026");
  });
});
