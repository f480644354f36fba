import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const COMMITTEE_BANNER = "Fortroligt – til udvalgets medlemmer";

/**
 * What must not appear in the public build: the committee banner, and the titles and addresses of
 * briefings that are committee-only or still drafts.
 */
export function forbiddenInPublic(briefingsDir: string): string[] {
  let files: string[] = [];
  try {
    files = readdirSync(briefingsDir).filter((f) => f.endsWith(".mdx"));
  } catch {
    return [COMMITTEE_BANNER];
  }
  const hidden = files.flatMap((file) => {
    const text = readFileSync(join(briefingsDir, file), "utf8");
    const field = (name: string) =>
      new RegExp(`^${name}:\\s*(.+)$`, "m")
        .exec(text)?.[1]
        ?.trim()
        .replace(/^["']|["']$/g, "");
    const isPublic = field("audience") === "public" && field("status") === "published";
    return isPublic ? [] : [field("title") ?? "", `/moeder/${file.replace(/\.mdx$/, "")}/`];
  });
  return [COMMITTEE_BANNER, ...hidden.filter(Boolean)];
}
