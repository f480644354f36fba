import { join } from "node:path";
import { type Dataset, loadDataset } from "./load/dataset.ts";
import { asPublicSite, publicOnlyCode } from "./public-only.ts";

/**
 * The validated dataset for this build, loaded once. The folder can be switched with
 * UDVALGSBRIEF_DATA_DIR (used by tests that build from broken data on purpose); UDVALGSBRIEF_AUDIENCE
 * picks the public (default) or the committee build.
 */
export const dataDir: string = process.env.UDVALGSBRIEF_DATA_DIR ?? join(process.cwd(), "data");
export const audience = process.env.UDVALGSBRIEF_AUDIENCE === "committee" ? "committee" : "public";
const publicCode = publicOnlyCode(process.env);
/** True in a build from public data alone (npm run build -- --municipality N): own-data sections are left out. */
export const publicOnly = publicCode !== undefined;
const loaded = loadDataset(dataDir, undefined, audience);
export const dataset: Dataset = publicCode === undefined ? loaded : asPublicSite(loaded, publicCode);
