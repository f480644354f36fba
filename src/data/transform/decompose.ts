/** One side of a comparison: an amount of kr., and the volume and unit price behind it. */
export interface VolumePrice {
  amount: number;
  volume: number;
  price: number;
}

/**
 * How the two effects are weighted:
 * - "symmetric" (comparing with peers, neither side is the norm): the volume difference at the mean
 *   of the two prices, the price difference at the mean of the two volumes;
 * - "base" (comparing with a budget, the norm): the volume difference at the budgeted price, the
 *   price difference at the actual (expected) volume.
 * Both add up to actual.volume × actual.price − base.volume × base.price with no interaction term.
 */
export type Weighting = "symmetric" | "base";

export interface VolumePriceSplit {
  /** actual.amount − base.amount. */
  total: number;
  volumeEffect: number;
  priceEffect: number;
  /** What volume × price does not explain (fixed costs, corrections): total − volume − price effect. */
  remainder: number;
}

/**
 * Splits the difference between two amounts into a volume effect, a price effect and a remainder
 * that together are the difference. With `whole`, the effects are rounded to whole kr. and the
 * remainder takes the rounding, so the three parts add up to the (whole) difference exactly.
 */
export function splitVolumePrice(
  base: VolumePrice,
  actual: VolumePrice,
  weighting: Weighting,
  { whole = false } = {},
): VolumePriceSplit {
  const volumeDiff = actual.volume - base.volume;
  const priceDiff = actual.price - base.price;
  const rawVolume =
    weighting === "symmetric" ? volumeDiff * ((actual.price + base.price) / 2) : volumeDiff * base.price;
  const rawPrice =
    weighting === "symmetric" ? priceDiff * ((actual.volume + base.volume) / 2) : priceDiff * actual.volume;
  const round = whole ? Math.round : (x: number) => x;
  const total = round(actual.amount) - round(base.amount);
  const volumeEffect = round(rawVolume) + 0;
  const priceEffect = round(rawPrice) + 0;
  return { total, volumeEffect, priceEffect, remainder: total - volumeEffect - priceEffect + 0 };
}
