import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, relative, resolve } from "node:path";
import { parseHTML } from "linkedom";
import { containsCprNumber, maskDigits } from "../data/privacy/person-data.ts";

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

const DASHED_CPR_TOKEN = /(?<!\d)\d{6}-\d{4}(?!\d)/g;

function textFindings(file: string, text: string, { forbiddenTexts }: ScanOptions): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(DASHED_CPR_TOKEN)) {
    if (containsCprNumber(match[0])) findings.push({ file, check: "cpr", found: maskDigits(match[0]) });
  }
  for (const forbidden of forbiddenTexts) {
    if (forbidden && text.includes(forbidden))
      findings.push({ file, check: "committee-text", found: forbidden });
  }
  return findings;
}

/** A small count shown as a number: 1 up to the threshold, written plainly ("3", "1.0" is not a count). */
function smallCount(text: string, threshold: number): boolean {
  const digits = text.trim().replaceAll(".", "").replaceAll("\u00a0", "");
  if (!/^\d+$/.test(digits)) return false;
  const n = Number(digits);
  return n > 0 && n < threshold;
}

function peopleCellFindings(file: string, document: Document, threshold: number): Finding[] {
  return [...document.querySelectorAll("td[data-people-count], data[data-people-count]")].flatMap((cell) =>
    smallCount(cell.textContent ?? "", threshold)
      ? [{ file, check: "small-count" as const, found: `${cell.textContent?.trim()} in a count of people` }]
      : [],
  );
}

/** CSV downloads of figures: the columns marked as people counts in the figure's table on its page. */
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
  return files
    .filter((file) => file.endsWith(".csv"))
    .flatMap((file) => {
      const lines = readFileSync(join(root, file), "utf8")
        .replace(/^\uFEFF/, "")
        .trim()
        .split("\n");
      const id = file.replace(/^.*\//, "").replace(/\.csv$/, "");
      const header = splitCsvLine(lines.find((line) => !line.startsWith("#")) ?? "");
      const marked =
        peopleColumns.get(id) ?? header.flatMap((h, i) => (/^(citizens|antal_personer)$/.test(h) ? [i] : []));
      return lines
        .filter((line) => !line.startsWith("#"))
        .slice(1)
        .flatMap((line) => {
          const cells = splitCsvLine(line);
          return marked.flatMap((i) =>
            smallCount(cells[i] ?? "", threshold)
              ? [{ file, check: "small-count" as const, found: `${cells[i]} in column ${i + 1}` }]
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
