/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by a briefing page so the bound components in its MDX know their context. */
    briefing?: {
      committee: string;
      snapshot: string;
      previousSnapshot: string | undefined;
    };
  }
}
