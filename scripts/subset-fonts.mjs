// Subsets the self-hosted IBM Plex Sans (SIL Open Font License) to the characters Danish pages use,
// so each page's cold load stays small. Regenerate with `npm run fonts`; the output is committed.
import { readFileSync, writeFileSync } from "node:fs";
import subsetFont from "subset-font";

const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join("");
// Letters of Danish and of names in the data, and the typographic marks the pages use (no fractions,
// superscripts, per-mille or primes: every glyph costs bytes on every page's cold load).
const danish = "\u00a0§«»°×æøåÆØÅéÉèüÜöÖäÄáóíñç";
const extra = "–—‘’‚“”„…·−×÷←→↑↓✓✕€§";
const text = ascii + danish + extra;

// Only what the pages use, to keep the median page's cold load under 30 KB: tabular figures (tables
// and charts set font-variant-numeric: tabular-nums), kerning for the 600 weight only (headings, where
// it shows), and no TrueType hinting (browsers rasterise Plex well without it). 2 × ~17 KB became
// ~6.6 + ~10.6 KB.
const FEATURES = { 400: ["tnum"], 600: ["tnum", "kern"] };
for (const weight of ["400", "600"]) {
  const source = readFileSync(
    `node_modules/@fontsource/ibm-plex-sans/files/ibm-plex-sans-latin-${weight}-normal.woff2`,
  );
  const subset = await subsetFont(source, text, {
    targetFormat: "woff2",
    keepFeatures: FEATURES[weight],
    noHinting: true,
  });
  const out = `public/fonts/ibm-plex-sans-da-${weight}.woff2`;
  writeFileSync(out, subset);
  console.log(`wrote ${out}: ${source.length} → ${subset.length} bytes`);
}
