import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");
const ASTRO = join(ROOT, ".astro");

/**
 * Tests clean up after themselves, all at once: every temporary folder a test (or a build it
 * starts) makes goes into one folder for this run (TMPDIR, which os.tmpdir() and child processes
 * read), removed at the end; and `.astro/`, which a test build from another content folder
 * rewrites, is put back as it was, so `npm run check` is clean after `npm test`.
 */
export default function setup(): () => void {
  const saved = mkdtempSync(join(tmpdir(), "udvalgsbrief-astro-"));
  const hadAstro = existsSync(ASTRO);
  if (hadAstro) cpSync(ASTRO, join(saved, ".astro"), { recursive: true });
  const run = mkdtempSync(join(tmpdir(), "udvalgsbrief-tests-"));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = run;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(run, { recursive: true, force: true });
    rmSync(ASTRO, { recursive: true, force: true });
    if (hadAstro) cpSync(join(saved, ".astro"), ASTRO, { recursive: true });
    rmSync(saved, { recursive: true, force: true });
  };
}
