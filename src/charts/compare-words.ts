import { median } from "d3-array";
import type { MeasureRow } from "../data/schemas/measures.ts";
import type { Ranked } from "../data/transform/benchmarks.ts";
import { formatNumber } from "../i18n/format.ts";

/** "laveste udgift først" / "højeste andel først" – the order a rank is counted in. */
export function rankOrderText(measure: MeasureRow): string {
  const what = measure.unit === "kr" ? "udgift" : measure.unit === "hours" ? "antal timer" : "tal";
  return measure.direction === "higher_better" ? `højeste ${what} først` : `laveste ${what} først`;
}

/** Differences under this share of the comparison (in whole percent) read as "på niveau med". */
export const LEVEL_BAND = 0.05;

/** "over" / "under" / "på niveau med" for a value against a reference, ±5 % counting as level. */
export function levelWord(value: number, reference: number): "over" | "under" | "på niveau med" {
  if (reference === 0) return value === 0 ? "på niveau med" : value > 0 ? "over" : "under";
  // Whole percent, rounded as the pages print it, so "5 % under" is never called "på niveau".
  const percent = Math.round(Math.abs(value / reference - 1) * 100);
  if (percent < LEVEL_BAND * 100) return "på niveau med";
  return value > reference ? "over" : "under";
}

const FIFTH_WORDS = [
  "blandt de 20 % laveste",
  "i den næstlaveste femtedel",
  "i den midterste femtedel",
  "i den næsthøjeste femtedel",
  "blandt de 20 % højeste",
] as const;

/** Which fifth of the municipalities (0 = lowest values, 4 = highest) a value lies in. */
export function fifthOf(value: number, all: readonly number[]): number {
  const lower = all.filter((v) => v < value).length;
  return Math.min(4, Math.floor((lower / Math.max(1, all.length)) * 5));
}

/** "blandt de 20 % højeste" – a position in the distribution, never a rank 1–98. */
export function fifthWords(fifth: number): string {
  return FIFTH_WORDS[Math.max(0, Math.min(4, fifth))] ?? FIFTH_WORDS[2];
}

/**
 * "Kolding ligger over sammenligningskommunerne (1.234 mod 1.100) og blandt de 20 % højeste i
 * landet." Peers first, then the country as a position in the distribution, named, never "os".
 */
export function positionSentence(
  measure: MeasureRow,
  ranked: readonly Ranked[],
  home: number,
  peers: readonly number[],
  homeName: string,
  /** The peers together (their total ÷ their population), as the trend chart shows them. */
  peerRate?: number,
): string {
  const us = ranked.find((r) => r.code === home);
  if (!us) return `${homeName || "Kommunen"} indgår ikke i sammenligningen for dette år.`;
  const decimals = us.perCapita >= 100 ? 0 : 1;
  const peerValues = ranked.filter((r) => peers.includes(r.code)).map((r) => r.perCapita);
  const reference = peerRate ?? median(peerValues);
  const peerText =
    reference === undefined
      ? ""
      : `${levelWord(us.perCapita, reference)} sammenligningskommunerne (${formatNumber(us.perCapita, decimals)} mod ${formatNumber(reference, decimals)} for ${peerRate === undefined ? "den midterste af dem" : "dem samlet"}) og `;
  const fifth = fifthWords(
    fifthOf(
      us.perCapita,
      ranked.map((r) => r.perCapita),
    ),
  );
  void measure;
  return `${homeName} ligger ${peerText}${fifth} af landets ${formatNumber(ranked.length)} kommuner.`;
}

export const LEAGUE_TABLE_WARNING =
  "En placering er ikke en karakter: forskelle kan skyldes, hvordan kommunerne registrerer, deres borgeres behov og politiske valg af serviceniveau. Brug tallene til at stille spørgsmål, ikke som en rangliste.";
