// Aggregates case-level extracts into the ladder tables: `npm run aggregate -- --input raw-input --out data`.
// See data/README.md, "From the case system to the ladder tables".

import { runCommand } from "../src/data/load/report.ts";
import { main } from "../tools/aggregate/cli.ts";

await runCommand(() => main(process.argv.slice(2)));
