// Subsets the self-hosted IBM Plex Sans (SIL Open Font License) to the characters Danish pages use,
// so each page's cold load stays small. Regenerate with `npm run fonts`; the output is committed.
import { readFileSync, writeFileSync } from "node:fs";
import subsetFont from "subset-font";

const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join("");
const danish = "\u00a0§«»°²³½¼×æøåÆØÅéÉèüÜöÖäÄáóíñç";
const extra = "–—‘’‚“”„…•·−×÷←→↑↓✓✕€§№‰′″";
const text = ascii + danish + extra;

for (const weight of ["400", "600"]) {
  const source = readFileSync(
    `node_modules/@fontsource/ibm-plex-sans/files/ibm-plex-sans-latin-${weight}-normal.woff2`,
  );
  const subset = await subsetFont(source, text, { targetFormat: "woff2" });
  const out = `public/fonts/ibm-plex-sans-da-${weight}.woff2`;
  writeFileSync(out, subset);
  console.log(`wrote ${out}: ${source.length} → ${subset.length} bytes`);
}
