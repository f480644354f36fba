import type { MeasureRow } from "../data/schemas/measures.ts";
import type { Ranked } from "../data/transform/benchmarks.ts";
import { formatNumber } from "../i18n/format.ts";

/** "laveste udgift først" / "højeste andel først" – the order a rank is counted in. */
export function rankOrderText(measure: MeasureRow): string {
  const what = measure.unit === "kr" ? "udgift" : measure.unit === "hours" ? "antal timer" : "tal";
  return measure.direction === "higher_better" ? `højeste ${what} først` : `laveste ${what} først`;
}

/**
 * "Vi ligger nr. 12 af 98 (laveste udgift først); sammenligningskommunerne ligger mellem 9 og 31."
 */
export function positionSentence(
  measure: MeasureRow,
  ranked: readonly Ranked[],
  home: number,
  peers: readonly number[],
): string {
  const us = ranked.find((r) => r.code === home);
  if (!us) return "Kommunen indgår ikke i sammenligningen for dette år.";
  const peerRanks = ranked.filter((r) => peers.includes(r.code)).map((r) => r.rank);
  const tied = ranked.filter((r) => r.rank === us.rank).length > 1 ? " (delt placering)" : "";
  const peerText =
    peerRanks.length === 0
      ? ""
      : `; sammenligningskommunerne ligger mellem nr. ${Math.min(...peerRanks)} og ${Math.max(...peerRanks)}`;
  return `Vi ligger nr. ${formatNumber(us.rank)} af ${formatNumber(ranked.length)}${tied} (${rankOrderText(measure)})${peerText}.`;
}

export const LEAGUE_TABLE_WARNING =
  "En placering er ikke en karakter: forskelle kan skyldes, hvordan kommunerne registrerer, deres borgeres behov og politiske valg af serviceniveau. Brug tallene til at stille spørgsmål, ikke som en rangliste.";
