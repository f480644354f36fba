import { options } from "../build-options.ts";
import { type Dataset, loadDataset } from "./load/dataset.ts";
import { asPublicSite } from "./public-only.ts";

/** The validated dataset for this build (folder and audience from `src/build-options.ts`), loaded once. */
export const { dataDir, audience } = options;
/** True in a build from public data alone (npm run build -- --municipality N): own-data sections are left out. */
export const publicOnly = options.municipality !== undefined;
const loaded = loadDataset(dataDir, undefined, audience);
export const dataset: Dataset =
  options.municipality === undefined ? loaded : asPublicSite(loaded, options.municipality);
