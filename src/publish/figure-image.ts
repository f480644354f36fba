import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import subsetFont from "subset-font";
import { textEms } from "../charts/labels.ts";
import { renderSvg } from "../charts/render.ts";
import type { ChartSpec } from "../charts/spec.ts";
import { COLOURS } from "../charts/theme.ts";
import { tidyCopy } from "../i18n/copy.ts";
import { formatDate } from "../i18n/format.ts";

// "Take the figure with you": each chart as a standalone SVG and PNG, made at build time, with its
// title, subtitle, source and data date in the image, ready for a presentation.

const PAD = 24;
const FONT_FAMILY = "IBM Plex Sans";
/** PNG pixels per SVG pixel: sharp on a projector and in a slide. */
export const PNG_SCALE = 2;

const escapeXml = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

/** Greedy word wrap to lines at most `width` pixels wide at `fontSize`, by the charts' width estimate. */
function wrap(text: string, width: number, fontSize: number, bold = false): string[] {
  const limit = width / fontSize / (bold ? 1.1 : 1);
  const lines: string[] = [];
  for (const word of text.split(/[ \n\t]+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && textEms(`${last} ${word}`) <= limit)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The figure as one standalone SVG: title, subtitle, the chart, then source and data date. */
export function figureSvgFile(spec: ChartSpec): string {
  const chart = renderSvg(spec.plot, { label: tidyCopy(spec.title), describedBy: `${spec.id}-alt` });
  const chartWidth = Number(/\bwidth="([\d.]+)"/.exec(chart)?.[1] ?? 760);
  const chartHeight = Number(/\bheight="([\d.]+)"/.exec(chart)?.[1] ?? 400);
  const width = Math.max(chartWidth, 480) + 2 * PAD;
  const inner = width - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;
  const block = (text: string, size: number, colour: string, weight: number) => {
    for (const line of wrap(text, inner, size, weight > 400)) {
      y += size * 1.3;
      parts.push(
        `<text x="${PAD}" y="${y.toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="${colour}">${escapeXml(line)}</text>`,
      );
    }
  };
  block(tidyCopy(spec.title), 20, COLOURS.ink, 600);
  y += 4;
  block(tidyCopy(spec.subtitle), 13, COLOURS.muted, 400);
  y += 12;
  parts.push(chart.replace(/^<svg\b/, `<svg x="${PAD}" y="${y.toFixed(1)}"`));
  y += chartHeight + 8;
  block(`Kilde: ${tidyCopy(spec.source)}. Data pr. ${formatDate(spec.asOf)}.`, 12, COLOURS.muted, 400);
  const height = Math.ceil(y + PAD);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}, sans-serif">`,
    `<title>${escapeXml(tidyCopy(spec.title))}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...parts,
    "</svg>",
  ]
    .join("\n")
    .replace(/\u00a0/g, "&#160;");
}

const CHARACTERS =
  Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join("") +
  Array.from({ length: 96 }, (_, i) => String.fromCharCode(160 + i)).join("") +
  "–—‘’‚“”„…·−←→↑↓✓✕€";

let fontFiles: Promise<string[]> | undefined;

/**
 * The self-hosted IBM Plex Sans as TrueType files for the renderer (which reads no WOFF2), made once
 * per checkout into node_modules/.cache from the @fontsource files the site's own fonts come from.
 */
function plexFiles(): Promise<string[]> {
  fontFiles ??= (async () => {
    const require = createRequire(import.meta.url);
    const dir = join(process.cwd(), "node_modules/.cache/udvalgsbrief-figure-fonts");
    mkdirSync(dir, { recursive: true });
    return Promise.all(
      ["400", "600"].map(async (weight) => {
        const out = join(dir, `ibm-plex-sans-${weight}.ttf`);
        try {
          readFileSync(out);
          return out;
        } catch {
          const source = readFileSync(
            require.resolve(`@fontsource/ibm-plex-sans/files/ibm-plex-sans-latin-${weight}-normal.woff2`),
          );
          writeFileSync(out, await subsetFont(source, CHARACTERS, { targetFormat: "truetype" }));
          return out;
        }
      }),
    );
  })();
  return fontFiles;
}

/**
 * The figure as a PNG, drawn from the same standalone SVG at PNG_SCALE. Drawing is the slow part of
 * the downloads, so each PNG is kept in node_modules/.cache under the hash of its SVG, the renderer's
 * version and the scale: a rebuild redraws only the figures whose picture changed.
 */
export async function figurePng(spec: ChartSpec): Promise<Buffer> {
  const svg = figureSvgFile(spec);
  const dir = join(process.cwd(), "node_modules/.cache/udvalgsbrief-figure-png");
  const key = createHash("sha256").update(`${RESVG_VERSION}|${PNG_SCALE}|${svg}`).digest("hex");
  const cached = join(dir, `${key}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: await plexFiles(), defaultFontFamily: FONT_FAMILY },
    fitTo: { mode: "zoom", value: PNG_SCALE },
    background: "#ffffff",
  });
  const png = resvg.render().asPng();
  mkdirSync(dir, { recursive: true });
  writeFileSync(cached, png);
  return png;
}

const RESVG_VERSION = (createRequire(import.meta.url)("@resvg/resvg-js/package.json") as { version: string })
  .version;

export function figureSvgPath(spec: ChartSpec): string {
  return `/figur/${spec.id}.svg`;
}

export function figurePngPath(spec: ChartSpec): string {
  return `/figur/${spec.id}.png`;
}
