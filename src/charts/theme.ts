/**
 * Chart colours: one accent for "us", greys for the rest, and a colour-blind-safe pair for
 * over/under. Meaning is always also carried by position, labels or patterns.
 */
export const COLOURS = {
  ink: "#1a1a1a",
  muted: "#5c5c5c",
  grid: "#d0d0d0",
  accent: "#00627a",
  /** Merforbrug: dark orange (Okabe–Ito vermillion, darkened for contrast). */
  over: "#b34700",
  /** Mindreforbrug: blue (Okabe–Ito blue, darkened). */
  under: "#2f6db3",
  peer: "#7a7a7a",
  other: "#b8b8b8",
} as const;

export const CHART_FONT = { fontFamily: "inherit", fontSize: "13px" } as const;

/** Charts are drawn at this width and scale down with the page (the SVG has a viewBox). */
export const CHART_WIDTH = 760;
