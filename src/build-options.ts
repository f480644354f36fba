import { z } from "zod";

/**
 * Every option of a build, resolved once with its default (like Observable Framework's
 * normalizeConfig). Nothing else reads `UDVALGSBRIEF_*` from the environment: the site's pages,
 * `content.config.ts`, `astro.config.mjs`, `scripts/build.mjs` and the scripts import `options`.
 * The municipality's own settings (`data/site.json`) are parsed by `loadDataset`, which collects
 * every problem; the threshold a build uses is derived from them here, by `thresholdFor`.
 *
 *   UDVALGSBRIEF_DATA_DIR      the data folder (default `data`)
 *   UDVALGSBRIEF_CONTENT_DIR   the MDX narrative (default `content`)
 *   UDVALGSBRIEF_OUT_DIR       the published folder (default `dist`, `dist-committee` for the committee)
 *   UDVALGSBRIEF_AUDIENCE      `public` (default) or `committee`
 *   UDVALGSBRIEF_MUNICIPALITY  a 3-digit municipality code: a site from public data alone for it
 *                              (`npm run build -- --municipality 159`; out folder `dist-kommune-159`)
 */
export const Audience = z.enum(["public", "committee"]);
export type Audience = z.infer<typeof Audience>;

const Environment = z.object({
  UDVALGSBRIEF_DATA_DIR: z.string().min(1).default("data"),
  UDVALGSBRIEF_CONTENT_DIR: z.string().min(1).default("content"),
  UDVALGSBRIEF_OUT_DIR: z.string().min(1).optional(),
  UDVALGSBRIEF_AUDIENCE: Audience.default("public"),
  UDVALGSBRIEF_MUNICIPALITY: z
    .string()
    .regex(/^\d{3}$/)
    .transform(Number)
    .optional(),
});

const EXPECTED: Record<string, string> = {
  UDVALGSBRIEF_AUDIENCE: '"public" or "committee"',
  UDVALGSBRIEF_MUNICIPALITY: "a 3-digit municipality code (e.g. 159)",
};

export interface BuildOptions {
  dataDir: string;
  contentDir: string;
  /** `content/records`: what each published briefing was computed from. */
  recordsDir: string;
  outDir: string;
  audience: Audience;
  /** A build from public data alone for this municipality; own-data sections are left out. */
  municipality?: number;
}

/**
 * The options from an environment (`process.env` by default) and a command line's flags, which win
 * (`--audience committee`); a wrong value stops with its name.
 */
export function resolveBuildOptions(
  env: Record<string, string | undefined> = process.env,
  flags: { audience?: string | undefined; municipality?: string | undefined } = {},
): BuildOptions {
  const given = {
    ...env,
    ...(flags.audience ? { UDVALGSBRIEF_AUDIENCE: flags.audience } : {}),
    ...(flags.municipality ? { UDVALGSBRIEF_MUNICIPALITY: flags.municipality } : {}),
  };
  const set = Object.fromEntries(
    Object.entries(given).filter(([, value]) => value !== undefined && value !== ""),
  );
  const parsed = Environment.safeParse(set);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      return `${name}: expected ${EXPECTED[name] ?? "a folder"}; found ${JSON.stringify(set[name])}`;
    });
    throw new Error(`The build options in the environment are wrong:\n  - ${problems.join("\n  - ")}`);
  }
  const e = parsed.data;
  const defaultOut = e.UDVALGSBRIEF_MUNICIPALITY
    ? `dist-kommune-${e.UDVALGSBRIEF_MUNICIPALITY}`
    : e.UDVALGSBRIEF_AUDIENCE === "committee"
      ? "dist-committee"
      : "dist";
  return {
    dataDir: e.UDVALGSBRIEF_DATA_DIR,
    contentDir: e.UDVALGSBRIEF_CONTENT_DIR,
    recordsDir: `${e.UDVALGSBRIEF_CONTENT_DIR}/records`,
    outDir: e.UDVALGSBRIEF_OUT_DIR ?? defaultOut,
    audience: e.UDVALGSBRIEF_AUDIENCE,
    ...(e.UDVALGSBRIEF_MUNICIPALITY === undefined ? {} : { municipality: e.UDVALGSBRIEF_MUNICIPALITY }),
  };
}

/** The environment a child process (Astro) needs to resolve the same options. */
export function optionsEnvironment(o: BuildOptions): Record<string, string> {
  return {
    UDVALGSBRIEF_DATA_DIR: o.dataDir,
    UDVALGSBRIEF_CONTENT_DIR: o.contentDir,
    UDVALGSBRIEF_AUDIENCE: o.audience,
    ...(o.municipality === undefined
      ? {}
      : { UDVALGSBRIEF_MUNICIPALITY: String(o.municipality).padStart(3, "0") }),
  };
}

/** The small-cell threshold in force for an audience: the committee's is at least the public one. */
export function thresholdFor(
  suppression: { publicThreshold: number; committeeThreshold: number },
  audience: Audience,
): number {
  return audience === "committee" ? suppression.committeeThreshold : suppression.publicThreshold;
}

/** This process's options. */
export const options: BuildOptions = resolveBuildOptions();
