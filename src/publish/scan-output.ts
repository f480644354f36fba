import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, relative, resolve } from "node:path";
import { parseHTML } from "linkedom";
import { findCprNumbers } from "../data/privacy/cpr.ts";
import { maskDigits } from "../data/privacy/person-data.ts";

/** One thing in the built site that must not be published. */
export interface Finding {
  file: string;
  check: "cpr" | "small-count" | "committee-text" | "third-party" | "broken-link" | "csv-layout";
  found: string;
}

export interface ScanOptions {
  /** Counts of people from 1 up to this value must not appear. */
  threshold: number;
  /** Texts that must not appear in this build (committee-only content in the public build). */
  forbiddenTexts: readonly string[];
}

/**
 * Scans every HTML, CSV and JSON file of a built site for what must never be published, and for
 * broken internal links and requests to other hosts. Pure over the folder's files.
 */
export function scanOutput(root: string, options: ScanOptions): Finding[] {
  const files = listFiles(root).filter((file) => [".html", ".csv", ".json", ".css"].includes(extname(file)));
  const pages = new Map<string, Document>();
  const findings: Finding[] = [];
  for (const file of files) {
    const text = readFileSync(join(root, file), "utf8");
    findings.push(...textFindings(file, text, options));
    if (file.endsWith(".html")) {
      const { document } = parseHTML(text);
      pages.set(file, document as unknown as Document);
      findings.push(
        ...peopleCellFindings(file, document as unknown as Document, options.threshold),
        ...thirdPartyFindings(file, document as unknown as Document),
      );
    }
    if (file.endsWith(".css")) findings.push(...cssFindings(file, text));
  }
  findings.push(
    ...csvCountFindings(root, files, pages, options.threshold),
    ...linkFindings(root, pages),
    ...csvLayoutFindings(root, files),
  );
  return findings;
}

function listFiles(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(root, path) : [relative(root, path)];
  });
}

function textFindings(file: string, text: string, { forbiddenTexts }: ScanOptions): Finding[] {
  const findings: Finding[] = [];
  for (const { index, length } of findCprNumbers(text)) {
    const value = text.slice(index, index + length);
    if (file.endsWith(".csv") && isAmountCell(text, index, length)) continue;
    findings.push({ file, check: "cpr", found: maskDigits(value) });
  }
  for (const forbidden of forbiddenTexts) {
    if (forbidden && text.includes(forbidden))
      findings.push({ file, check: "committee-text", found: forbidden });
  }
  return findings;
}

/**
 * Ten bare digits alone in a CSV cell are an amount in kr. (a budget of 1.5 billion); a CPR number
 * in a text column was refused at load, and any separator or "CPR" prefix is still found here.
 */
function isAmountCell(text: string, index: number, length: number): boolean {
  const value = text.slice(index, index + length);
  const before = text[index - 1] ?? "\n";
  const after = text[index + length] ?? "\n";
  return /^\d{10}$/.test(value) && /[;,\n-]/.test(before) && /[;,\r\n]/.test(after);
}

/** A small count shown as a number: 1 up to the threshold, written plainly ("3", "1.0" is not a count). */
function smallCount(text: string, threshold: number): boolean {
  const digits = text.trim().replaceAll(".", "").replaceAll("\u00a0", "");
  if (!/^\d+$/.test(digits)) return false;
  const n = Number(digits);
  return n > 0 && n < threshold;
}

/**
 * A column header that names a count of people ("Antal børn", "citizens", "Anbragte"), not an
 * amount, a share, a rate or a time ("Udgift pr. barn", "Andel af børnene", "Timer").
 */
export function isPeopleHeader(header: string): boolean {
  const words = header.toLowerCase().split(/[^\p{L}\p{N}%_]+/u);
  const has = (pattern: RegExp) => words.some((word) => pattern.test(word));
  if (
    header.includes("%") ||
    has(
      /^(kr|mio|udgift\p{L}*|andel\p{L}*|procent|pct|indeks|timer|uger?|måned\p{L}*|år|periode|pr|per|share|rate|rang|placering|gennemsnit\p{L}*|varighed|mdr|value_kr)$/u,
    )
  )
    return false;
  return has(
    /^(antal|børn\p{L}*|barn|borger\p{L}*|personer|modtager\p{L}*|anbragte|unge|ældre|brugere|citizens|people|persons|count)$/u,
  );
}

/**
 * Every table on every page: a cell in a column marked as a count of people, or whose header names
 * one, must not show 1…threshold−1. Hand-written tables are checked like generated ones.
 */
function peopleCellFindings(file: string, document: Document, threshold: number): Finding[] {
  const findings: Finding[] = [];
  const flag = (text: string, where: string) => {
    if (smallCount(text, threshold))
      findings.push({ file, check: "small-count", found: `${text.trim()} ${where}` });
  };
  for (const table of document.querySelectorAll("table")) {
    const headers = [...table.querySelectorAll("thead tr:last-child th, thead tr:last-child td")];
    const people = headers.map(
      (th) => th.hasAttribute("data-people-count") || isPeopleHeader(th.textContent ?? ""),
    );
    const caption = table.querySelector("caption")?.textContent?.trim() ?? "a table";
    for (const row of table.querySelectorAll("tbody tr")) {
      [...row.children].forEach((cell, i) => {
        if (cell.tagName === "TD" && (people[i] || cell.hasAttribute("data-people-count")))
          flag(
            cell.textContent ?? "",
            `in "${headers[i]?.textContent?.trim() ?? `column ${i + 1}`}" of "${caption}"`,
          );
      });
    }
  }
  for (const data of document.querySelectorAll("data[data-people-count]"))
    flag(data.textContent ?? "", "in a quoted count of people");
  return findings;
}

/**
 * Every CSV file of the site: columns marked as people counts on the figure's page, columns whose
 * header names a count of people, and in long tables (one measure per row) the value of every row
 * whose measure counts people, by the row's own counts_people column or by the measure catalogue
 * published beside it.
 */
function csvCountFindings(
  root: string,
  files: readonly string[],
  pages: Map<string, Document>,
  threshold: number,
): Finding[] {
  const peopleColumns = new Map<string, number[]>();
  for (const document of pages.values()) {
    for (const figure of document.querySelectorAll("figure[data-figure]")) {
      const headers = [...figure.querySelectorAll("thead th")];
      const indices = headers.flatMap((th, i) => (th.hasAttribute("data-people-count") ? [i] : []));
      if (indices.length > 0) peopleColumns.set(figure.getAttribute("data-figure") ?? "", indices);
    }
  }
  const csvFiles = files.filter((file) => file.endsWith(".csv"));
  const read = (file: string) =>
    readFileSync(join(root, file), "utf8")
      .replace(/^\uFEFF/, "")
      .split(/\r?\n/)
      .filter((line) => line.trim() !== "" && !line.startsWith("#"))
      .map(splitCsvLine);
  // Each file read once: the catalogue pass and the count pass use the same rows.
  const rowsByFile = new Map(csvFiles.map((file) => [file, read(file)]));
  const rowsOf = (file: string) => rowsByFile.get(file) ?? [];
  // Which measures count people, from any published catalogue (a table with id and counts_people).
  const peopleMeasures = new Set<string>();
  for (const file of csvFiles) {
    const [header = [], ...rows] = rowsOf(file);
    const id = header.indexOf("id");
    const flag = header.indexOf("counts_people");
    if (id >= 0 && flag >= 0)
      for (const row of rows) if (/^(yes|ja|true)$/i.test(row[flag] ?? "")) peopleMeasures.add(row[id] ?? "");
  }
  return csvFiles.flatMap((file) => {
    const [header = [], ...rows] = rowsOf(file);
    const id = file.replace(/^.*\//, "").replace(/\.csv$/, "");
    const named = header.flatMap((h, i) => (isPeopleHeader(h) ? [i] : []));
    const marked = [...new Set([...(peopleColumns.get(id) ?? []), ...named])];
    const measure = header.findIndex((h) => /^(measure_id|measure)$/.test(h));
    const value = header.indexOf("value");
    const flag = header.indexOf("counts_people");
    return rows.flatMap((cells, r) => {
      const columns = [...marked];
      const countsPeople =
        flag >= 0 && header.indexOf("id") < 0
          ? /^(yes|ja|true)$/i.test(cells[flag] ?? "")
          : measure >= 0 && peopleMeasures.has(cells[measure] ?? "");
      if (value >= 0 && countsPeople) columns.push(value);
      return columns.flatMap((i) =>
        smallCount(cells[i] ?? "", threshold)
          ? [
              {
                file,
                check: "small-count" as const,
                found: `${cells[i]} in row ${r + 2}, column "${header[i] ?? i + 1}"`,
              },
            ]
          : [],
      );
    });
  });
}

/**
 * Every CSV download starts with its header row (a "# title" line first makes Excel read the title
 * as the header), and has its metadata file beside it: `<name>.metadata.json`.
 */
function csvLayoutFindings(root: string, files: readonly string[]): Finding[] {
  const present = new Set(files);
  return files
    .filter((file) => file.endsWith(".csv"))
    .flatMap((file) => {
      const first =
        readFileSync(join(root, file), "utf8")
          .replace(/^\uFEFF/, "")
          .split("\n", 1)[0] ?? "";
      const findings: Finding[] = [];
      if (/^\s*(#|$)/.test(first))
        findings.push({
          file,
          check: "csv-layout",
          found: `first line is not the header: "${first.slice(0, 60)}"`,
        });
      const metadata = file.replace(/\.csv$/, ".metadata.json");
      if (!present.has(metadata))
        findings.push({ file, check: "csv-layout", found: `no ${metadata} beside it` });
      return findings;
    });
}

/** Splits one CSV line on commas or semicolons, keeping quoted cells whole. */
function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if ((char === "," || char === ";") && !quoted) {
      cells.push(cell);
      cell = "";
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}

const LOADING = [
  "script[src]",
  "link[href]",
  "img[src]",
  "source[src]",
  "iframe[src]",
  "video[src]",
  "audio[src]",
  "image[href]",
  "use[href]",
  "object[data]",
  "embed[src]",
];

function isThirdParty(url: string): boolean {
  return /^(https?:)?\/\//i.test(url.trim());
}

function thirdPartyFindings(file: string, document: Document): Finding[] {
  const findings: Finding[] = [];
  for (const element of document.querySelectorAll(LOADING.join(","))) {
    for (const attribute of ["src", "href", "data"]) {
      const value = element.getAttribute(attribute);
      if (value && isThirdParty(value))
        findings.push({
          file,
          check: "third-party",
          found: `<${element.tagName.toLowerCase()} ${attribute}="${value}">`,
        });
    }
  }
  for (const style of document.querySelectorAll("style"))
    findings.push(...cssFindings(file, style.textContent ?? ""));
  return findings;
}

function cssFindings(file: string, css: string): Finding[] {
  return [...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)|@import\s+["']([^"']+)["']/g)].flatMap((m) => {
    const url = m[1] ?? m[2] ?? "";
    return isThirdParty(url) ? [{ file, check: "third-party" as const, found: `url(${url})` }] : [];
  });
}

/** Every internal link points at a file of the site, and every #anchor at an id on that page. */
function linkFindings(root: string, pages: Map<string, Document>): Finding[] {
  const findings: Finding[] = [];
  for (const [file, document] of pages) {
    for (const link of document.querySelectorAll("a[href]")) {
      const href = link.getAttribute("href") ?? "";
      if (isThirdParty(href) || /^(mailto|tel|data|javascript):/i.test(href)) continue;
      const [rawPath = "", anchor] = href.split("#");
      const path = rawPath.split("?")[0] ?? "";
      const target = path === "" ? file : targetFile(root, file, path);
      if (!target) {
        findings.push({ file, check: "broken-link", found: href });
        continue;
      }
      if (anchor) {
        const page = pages.get(target);
        if (page && !page.getElementById(decodeURIComponent(anchor)))
          findings.push({ file, check: "broken-link", found: href });
      }
    }
  }
  return findings;
}

function targetFile(root: string, from: string, path: string): string | undefined {
  const absolute = path.startsWith("/") ? path : `/${relative(root, resolve(root, from, "..", path))}`;
  const candidates = [absolute, `${absolute.replace(/\/$/, "")}/index.html`, `${absolute}.html`];
  for (const candidate of candidates) {
    const full = join(root, candidate);
    try {
      if (statSync(full).isFile()) return relative(root, full);
    } catch {
      // not this candidate
    }
  }
  return undefined;
}

export function formatFindings(findings: readonly Finding[]): string {
  return findings.map((f) => `  - ${f.file}: [${f.check}] ${f.found}`).join("\n");
}
