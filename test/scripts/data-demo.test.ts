import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const GENERATED = [
  "measures.csv",
  "finance.csv",
  "activity.csv",
  "ladder/steps.csv",
  "ladder/mapping.csv",
  "ladder/stocks.csv",
  "ladder/flows.csv",
];

function generate(seed: string): string {
  const out = mkdtempSync(join(tmpdir(), "udvalgsbrief-demo-"));
  cpSync(join(ROOT, "data/site.json"), join(out, "site.json"));
  cpSync(join(ROOT, "data/reference"), join(out, "reference"), { recursive: true });
  const run = spawnSync(process.execPath, ["scripts/data-demo.ts", "--out", out, "--seed", seed], {
    cwd: ROOT,
    encoding: "utf8",
  });
  expect(run.status, run.stderr).toBe(0);
  return out;
}

describe("npm run data:demo", () => {
  it("regenerates the committed demo tables byte for byte from the same seed", () => {
    const out = generate("2026");
    for (const file of GENERATED) {
      expect(readFileSync(join(out, file), "utf8"), file).toBe(
        readFileSync(join(ROOT, "data", file), "utf8"),
      );
    }
  });

  it("gives other figures from another seed", () => {
    const out = generate("7");
    expect(readFileSync(join(out, "finance.csv"), "utf8")).not.toBe(
      readFileSync(join(ROOT, "data/finance.csv"), "utf8"),
    );
  });
});
