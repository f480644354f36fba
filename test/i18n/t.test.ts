import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import strings from "../../src/i18n/da.json";
import { createTranslator, interpolate, pluralCategory, t } from "../../src/i18n/t.ts";

const SRC = join(import.meta.dirname, "../../src");

/** Every `t("key"` in the site's source, with the file it is in. */
export function keysUsedIn(files: readonly { file: string; text: string }[]): Map<string, string> {
  const used = new Map<string, string>();
  for (const { file, text } of files)
    for (const m of text.matchAll(/(?<![\w.])t\(\s*"([^"]+)"/g)) used.set(m[1] ?? "", file);
  return used;
}

function sourceFiles(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|astro|mdx)$/.test(e.name))
    .map((e) => ({
      file: join(e.parentPath, e.name),
      text: readFileSync(join(e.parentPath, e.name), "utf8"),
    }));
}

describe("t, the copy system", () => {
  it("picks the Danish plural form by count: one for 1, other for 0, 2 and fractions", () => {
    // CLDR's Danish rule: "one" for 1 and for 0,1–1,9 ("1,5 time"), "other" for the rest.
    expect([0, 1, 2, 1.5, 21].map(pluralCategory)).toEqual(["other", "one", "other", "one", "other"]);
    expect(t("figure.allRows", { count: 1 })).toBe("Vis alle 1 række");
    expect(t("figure.allRows", { count: 1234 })).toBe("Vis alle 1.234 rækker");
  });

  it("fills %{name} placeholders, and fails on a missing one instead of printing a blank", () => {
    expect(interpolate("%{a} og %{b}", { a: "A", b: 2 })).toBe("A og 2");
    expect(() => interpolate("%{a} og %{b}", { a: "A" }, "x")).toThrow('Copy "x" needs the parameter "b"');
  });

  it("fails on a key that is not in the table, and on plural forms without a count", () => {
    const tr = createTranslator<string>({ a: "A", rows: { one: "række", other: "rækker" } });
    expect(tr("a")).toBe("A");
    expect(() => tr("b")).toThrow('No Danish copy for the key "b"');
    expect(() => tr("rows")).toThrow('needs a numeric "count"');
  });

  it("da.json has no unused key, and the source asks for no missing one", () => {
    const used = keysUsedIn(sourceFiles(SRC));
    const defined = new Set(Object.keys(strings));
    const missing = [...used].filter(([key]) => !defined.has(key)).map(([key, file]) => `${key} (${file})`);
    const unused = [...defined].filter((key) => !used.has(key));
    expect({ missing, unused }).toEqual({ missing: [], unused: [] });
  });

  it("the key scan finds a planted missing and a planted unused key", () => {
    const used = keysUsedIn([
      { file: "x.astro", text: '<p>{t("nav.front")} {t("no.such", { count: 2 })}</p>' },
    ]);
    expect([...used.keys()]).toEqual(["nav.front", "no.such"]);
    expect(Object.keys(strings).filter((key) => !used.has(key)).length).toBeGreaterThan(0);
  });
});
