import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parse as parseYaml } from "yaml";
import { BriefingFrontmatter, GoalFrontmatter, ServiceLevelFrontmatter } from "../schemas/content.ts";
import { decodeUtf8 } from "./csv-reader.ts";
import type { DataIssue } from "./issues.ts";

/**
 * The narrative in content/, read outside Astro so that every build checks all of it, for every
 * audience (a committee draft is checked in the public build too), before anything renders.
 */

export const CONTENT_COLLECTIONS = {
  briefings: { folder: "briefings", schema: BriefingFrontmatter },
  goals: { folder: "goals", schema: GoalFrontmatter },
  serviceLevels: { folder: "service-levels", schema: ServiceLevelFrontmatter },
} as const;

export type CollectionName = keyof typeof CONTENT_COLLECTIONS;

/** One MDX file: its raw text, its front matter as written and where its body starts. */
export interface ContentFile {
  collection: CollectionName;
  /** The entry id as Astro's glob loader makes it: the path without ".mdx". */
  id: string;
  /** Path for messages, e.g. "content/briefings/bfu-2026-10.mdx". */
  file: string;
  text: string;
  /** The front matter parsed as YAML 1.2 (dates stay text, so 2026-02-31 can be refused). */
  frontmatter: Record<string, unknown>;
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
}

/** Reads every .mdx file under the three collection folders; unreadable files become problems. */
export function readContentFolder(contentDir: string, issues: DataIssue[]): ContentFile[] {
  const files: ContentFile[] = [];
  for (const [collection, { folder }] of Object.entries(CONTENT_COLLECTIONS) as [
    CollectionName,
    { folder: string },
  ][]) {
    for (const path of mdxFiles(join(contentDir, folder))) {
      const file = displayPath(path, contentDir);
      const decoded = decodeUtf8(file, readFileSync(path));
      if ("issue" in decoded) {
        issues.push(decoded.issue);
        continue;
      }
      const id = relative(join(contentDir, folder), path).replace(/\.mdx$/, "");
      const parsed = splitFrontmatter(file, decoded.text.replace(/^\uFEFF/, ""), issues);
      if (parsed) files.push({ collection, id, file, text: decoded.text, ...parsed });
    }
  }
  return files;
}

/** Separates the front matter from the body and parses it; a file without it is one problem. */
export function splitFrontmatter(
  file: string,
  text: string,
  issues: DataIssue[],
): Pick<ContentFile, "frontmatter" | "body" | "bodyLine"> | undefined {
  const lines = text.split(/\r?\n/);
  const closing =
    lines[0]?.trim() === "---" ? lines.findIndex((line, i) => i > 0 && line.trim() === "---") : -1;
  if (closing === -1) {
    issues.push({ file, expected: "front matter between two --- lines at the top of the file" });
    return undefined;
  }
  let frontmatter: unknown;
  try {
    frontmatter = parseYaml(lines.slice(1, closing).join("\n"));
  } catch (error) {
    const message = (error as Error).message.split("\n")[0] ?? "";
    issues.push({ file, expected: "front matter in YAML (key: value per line)", found: message });
    return undefined;
  }
  if (frontmatter === null || typeof frontmatter !== "object" || Array.isArray(frontmatter)) {
    issues.push({ file, expected: "front matter in YAML (key: value per line)" });
    return undefined;
  }
  return {
    frontmatter: frontmatter as Record<string, unknown>,
    body: lines.slice(closing + 1).join("\n"),
    bodyLine: closing + 2,
  };
}

function mdxFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return mdxFiles(path);
    return name.endsWith(".mdx") ? [path] : [];
  });
}

function displayPath(path: string, contentDir: string): string {
  const fromCwd = relative(process.cwd(), path);
  return fromCwd.startsWith("..") ? join("content", relative(contentDir, path)) : fromCwd;
}
