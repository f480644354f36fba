import type { AssumptionUnit } from "../data/schemas/budget-assumptions.ts";
import { type LineBridge, mainDriver } from "../data/transform/budget-bridge.ts";
import { formatKr, formatNumber } from "../i18n/format.ts";
import { budgetDirection } from "./words.ts";

/** How each unit reads in a sentence: "14 anbringelser færre", "212.000 kr. mere pr. anbringelse". */
export const UNIT_WORDS: Record<AssumptionUnit, { plural: string; singular: string; pricePer: string }> = {
  citizens: { plural: "borgere", singular: "borger", pricePer: "pr. borger pr. år" },
  placements: { plural: "anbringelser", singular: "anbringelse", pricePer: "pr. anbringelse pr. år" },
  hours: { plural: "timer", singular: "time", pricePer: "pr. time" },
};

const DRIVER_WORDS = { volume: "mængden", price: "prisen" } as const;

/** The volume difference as it is written: whole units (citizens, hours). */
export function volumeDifference(bridge: LineBridge): number {
  return Math.round(bridge.expectedVolume - bridge.assumption.volume) + 0;
}

/** The price difference as it is written: to 1.000 kr. for a yearly price, whole kr. for an hour. */
export function priceDifference(bridge: LineBridge): number {
  const step = bridge.assumption.unit === "hours" ? 1 : 1000;
  return Math.round((bridge.expectedPrice - bridge.assumption.price) / step) * step + 0;
}

/**
 * "Merforbruget på anbringelser skyldes prisen" / "Hjemmepleje holder budgettet": the one
 * wording for what carries a line's deviation, on the front page and as the bridge's title.
 */
export function driverPhrase(bridge: LineBridge): string {
  const direction = budgetDirection(bridge.split.total, bridge.budget);
  const label = bridge.assumption.label;
  if (direction === "balance") return `${capitalise(label)} holder budgettet`;
  const noun = direction === "merforbrug" ? "Merforbruget" : "Mindreforbruget";
  return `${noun} på ${label} skyldes ${DRIVER_WORDS[mainDriver(bridge.split)]}`;
}

/** "14 anbringelser færre end budgetteret, men 212.000 kr. mere pr. anbringelse". */
export function differenceClauses(bridge: LineBridge): string {
  const words = UNIT_WORDS[bridge.assumption.unit];
  const dv = volumeDifference(bridge);
  const dp = priceDifference(bridge);
  const volume =
    dv === 0
      ? `samme antal ${words.plural} som budgetteret`
      : `${formatNumber(Math.abs(dv))} ${Math.abs(dv) === 1 ? words.singular : words.plural} ${dv > 0 ? "flere" : "færre"} end budgetteret`;
  const price =
    dp === 0
      ? `samme pris pr. ${words.singular}`
      : `${formatKr(Math.abs(dp))} ${dp > 0 ? "mere" : "mindre"} pr. ${words.singular}`;
  const against = dv !== 0 && dp !== 0 && Math.sign(dv) !== Math.sign(dp);
  return `${volume}, ${against ? "men" : "og"} ${price}`;
}

/** The bridge's finding title. */
export function bridgeTitle(bridge: LineBridge): string {
  return `${driverPhrase(bridge)}: ${differenceClauses(bridge)}`;
}

/** "anbringelser" → "Anbringelser": a label that starts a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
