/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by a briefing page so the bound components in its MDX know their context. */
    briefing?: {
      /** The briefing's id, for its committed record (content/records/<id>.json). */
      id: string;
      previousId: string | undefined;
      committee: string;
      snapshot: string;
      previousSnapshot: string | undefined;
    };
  }
}

declare module "subset-font" {
  /** Subsets a font (TrueType, WOFF or WOFF2) to the given characters, in the given format. */
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: {
      targetFormat?: "sfnt" | "truetype" | "woff" | "woff2";
      keepFeatures?: string[];
      noHinting?: boolean;
    },
  ): Promise<Buffer>;
}
