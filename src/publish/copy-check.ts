import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parseHTML } from "linkedom";
import { copyProblems } from "../i18n/copy.ts";

/** One slip in the visible text of a built page. */
export interface CopyFinding {
  file: string;
  problem: string;
}

/**
 * Proof-reads the visible text of every built page (and the text alternatives of charts): the
 * text as a reader gets it, with each element's text joined the way the browser shows it.
 */
export function copyFindings(root: string): CopyFinding[] {
  return htmlFiles(root).flatMap((file) => {
    const { document } = parseHTML(readFileSync(join(root, file), "utf8"));
    for (const element of document.querySelectorAll("script, style, code, pre, svg")) element.remove();
    const blocks = [...document.querySelectorAll("p, li, h1, h2, h3, h4, td, th, caption, summary, dd, dt")]
      .filter((element) => !element.querySelector("p, li, td, th"))
      .map((element) => (element.textContent ?? "").replace(/\s*\n\s*/g, " "));
    return blocks.flatMap((text) => copyProblems(text).map((problem) => ({ file, problem })));
  });
}

function htmlFiles(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(root, path);
    return name.endsWith(".html") ? [relative(root, path)] : [];
  });
}
