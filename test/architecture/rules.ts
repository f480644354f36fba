import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, posix, relative, resolve } from "node:path";

/**
 * Architecture rules as pure functions over source files (after Starlight's
 * no-internal-barrel-imports test): each returns the violations it finds, so a test can run it on
 * the tree and on a planted in-memory violation.
 */
export interface SourceFile {
  /** Repository-relative, with forward slashes: "src/charts/forecast.ts". */
  path: string;
  text: string;
}

export const REPO_ROOT = resolve(import.meta.dirname, "../..");

/** The project's own source files (src/, scripts/, content/ and astro.config.mjs). */
export function sourceFiles(root = REPO_ROOT): SourceFile[] {
  const files: SourceFile[] = [
    { path: "astro.config.mjs", text: readFileSync(join(root, "astro.config.mjs"), "utf8") },
  ];
  for (const folder of ["src", "scripts", "content"])
    for (const entry of readdirSync(join(root, folder), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.(ts|mts|mjs|astro|mdx|json)$/.test(entry.name)) continue;
      const full = join(entry.parentPath, entry.name);
      files.push({ path: relative(root, full).split("\\").join("/"), text: readFileSync(full, "utf8") });
    }
  return files;
}

/**
 * The repository-relative paths a file imports (relative specifiers resolved; packages as named).
 * `runtimeOnly` leaves out `import type`, which loads nothing.
 */
export function importsOf(file: SourceFile, { runtimeOnly = false } = {}): string[] {
  const statement = runtimeOnly
    ? /^\s*(?:import|export)\b(?!\s+type\b)[^;"'`]*?\bfrom\s*["']([^"']+)["']/gm
    : /^\s*(?:import|export)\b[^;"'`]*?\bfrom\s*["']([^"']+)["']/gm;
  const specifiers = [
    ...file.text.matchAll(statement),
    ...file.text.matchAll(/^\s*import\s*["']([^"']+)["']/gm),
    ...file.text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
  ].map((m) => m[1] ?? "");
  return specifiers.map((s) => (s.startsWith(".") ? posix.normalize(posix.join(dirname(file.path), s)) : s));
}

export interface Violation {
  file: string;
  problem: string;
}

const under = (path: string, folders: readonly string[]) => folders.some((folder) => path.startsWith(folder));

/** Data flows one way: src/data imports nothing from the layers that present it. */
export function dataImportsPresentation(files: readonly SourceFile[]): Violation[] {
  const upstream = [
    "src/charts/",
    "src/figures/",
    "src/pages/",
    "src/components/",
    "src/layouts/",
    "src/publish/",
  ];
  return files
    .filter((f) => f.path.startsWith("src/data/"))
    .flatMap((f) =>
      importsOf(f)
        .filter((target) => under(target, upstream))
        .map((target) => ({ file: f.path, problem: `src/data imports ${target}` })),
    );
}

/** Charts are pure specs: they read no files and load no data (no loaders, no site-data, no fs). */
export function chartsImportLoaders(files: readonly SourceFile[]): Violation[] {
  const loaders = ["src/data/load/", "src/data/site-data.ts", "src/build-options.ts", "node:fs", "fs"];
  return files
    .filter((f) => f.path.startsWith("src/charts/"))
    .flatMap((f) =>
      importsOf(f, { runtimeOnly: true })
        .filter((target) => loaders.some((l) => target === l || target.startsWith(l)))
        .map((target) => ({ file: f.path, problem: `a chart imports the loader ${target}` })),
    );
}

/** Layers point down: a chart spec knows nothing of the figure registries, pages or components. */
export function chartsImportUpward(files: readonly SourceFile[]): Violation[] {
  const upward = ["src/figures/", "src/pages/", "src/components/", "src/layouts/"];
  return files
    .filter((f) => f.path.startsWith("src/charts/"))
    .flatMap((f) =>
      importsOf(f)
        .filter((target) => under(target, upward))
        .map((target) => ({ file: f.path, problem: `a chart imports ${target}` })),
    );
}

/** Every table is drawn by DataTable.astro (caption, scopes, scroll region, suppressed cells). */
export function tablesOutsideDataTable(files: readonly SourceFile[]): Violation[] {
  return files
    .filter((f) => f.path.startsWith("src/") || f.path.startsWith("content/"))
    .filter((f) => f.path !== "src/components/DataTable.astro" && /<table\b/.test(f.text))
    .map((f) => ({ file: f.path, problem: "writes <table> itself instead of using DataTable.astro" }));
}

/**
 * No threshold written into copy: "under 5" comes from the configured threshold
 * (src/i18n/withheld.ts), never from a digit in a text. "under 5 %" (a share) is not a count.
 */
export function hardCodedThreshold(files: readonly SourceFile[]): Violation[] {
  const pattern =
    /\bunder(?:\s|&nbsp;|\\u00a0|\$\{NBSP\})+\d+(?!\d|[.,]\d|(?:\s|&nbsp;|\\u00a0|\$\{NBSP\})*%)/g;
  return files
    .filter((f) => /\.(ts|astro|mdx|json)$/.test(f.path) && !f.path.startsWith("src/data/schemas/"))
    .flatMap((f) =>
      [...withoutComments(f.text).matchAll(pattern)].map((m) => ({
        file: f.path,
        problem: `hard-coded threshold "${m[0]}"`,
      })),
    );
}

/** Code without its comments (which may quote "under 5" to explain the rule). */
export function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

/** The environment is read in one place: src/build-options.ts. */
export function environmentReadsOutsideOptions(files: readonly SourceFile[]): Violation[] {
  return files
    .filter(
      (f) =>
        f.path !== "src/build-options.ts" &&
        /process\.env\.UDVALGSBRIEF_|process\.env\[["']UDVALGSBRIEF_/.test(f.text),
    )
    .map((f) => ({
      file: f.path,
      problem: "reads UDVALGSBRIEF_* itself instead of importing src/build-options.ts",
    }));
}
