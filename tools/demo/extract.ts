import type { ExtractRow, ProviderType } from "../../src/data/schemas/extract.ts";
import { dayNumber, isoDateOf } from "../aggregate/episodes.ts";
import type { YearRange } from "../aggregate/ladder.ts";
import { BARNETS_LOV_YEAR, DEMO_LADDERS, type LadderPlan, type StepPlan } from "./ladder.ts";
import { type Random, seededRandom } from "./random.ts";

/**
 * A seeded generator of synthetic case-level extracts, shaped like what a municipality's case
 * system exports: one row per granted episode, pseudonymised keys ("P000123"), real paragraph codes
 * per area, prices per year in the range of each step's cost, most spend on the top steps, and
 * careers that mostly move down the ladder.
 *
 * It is a small simulation: people enter a step from outside, stay for a gamma-distributed time
 * around the step's usual duration, then move (mostly one step down) or leave. Entry rates are
 * calibrated so each step's stock settles at the plan's number of citizens (Little's law:
 * stock = inflow × mean duration); from the first year on, entries drift the way the political goal
 * wants (lower steps grow, top steps shrink). It starts ten years early so the population has
 * settled, and keeps only the episodes that run into the extract's years.
 */

export interface SyntheticOptions {
  seed: number;
  /** The years the extract must cover in full (it runs to 31 January after the last one). */
  years: YearRange;
  /** Population multiplier: 1 is the demo municipality (about 1,400 children and 1,500 adults). */
  scale?: number;
  /** Stop after this many episodes. */
  limit?: number;
  ladders?: readonly LadderPlan[];
}

const BURN_IN_YEARS = 10;
const DAYS_PER_MONTH = 365.25 / 12;
/** Share of episodes split in two on the same step (a new provider or a price change). */
const SPLIT_SHARE = 0.08;
const PRICE_SPREAD = 0.2;

/** How likely a move from order `from` to order `to` is: mostly to a neighbour, more often down. */
export function movePreference(from: number, to: number): number {
  const distance = to - from;
  if (distance === -1) return 3;
  if (distance === -2) return 1;
  if (distance === 1) return 1.2;
  if (distance === 2) return 0.4;
  return 0.05;
}

/** How likely leaving the ladder is, against the moves: cases on the lowest steps mostly close. */
export function exitPreference(order: number): number {
  if (order <= 1) return 8;
  return order === 2 ? 4 : 2;
}

/** Yearly change of entries to a step from the first year on: the lower steps grow, the top ones shrink. */
export function entryDrift(order: number, top: number): number {
  return 0.02 - (0.06 * order) / top;
}

/**
 * Where someone goes after a step: probabilities per step order, the last entry is leaving. A move
 * is weighted by its preference and by the size of the destination's intake relative to the step
 * left, so a small step (a secure unit) is not flooded from a big one.
 */
export function transitionProbabilities(steps: readonly StepPlan[], order: number): number[] {
  const intake = steps.map((step) => step.citizens / step.duration);
  const own = intake[order] ?? 1;
  const weights = steps.map((_, to) =>
    to === order ? 0 : (movePreference(order, to) * (intake[to] ?? 0)) / own,
  );
  weights.push(exitPreference(order));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight) => weight / total);
}

/**
 * Monthly entries from outside per step so that each step's stock settles at the plan: what a step
 * must take in (stock / duration) less what the other steps pass on to it. At least a tenth of its
 * intake comes from outside.
 */
export function calibratedEntries(steps: readonly StepPlan[]): number[] {
  const outflow = steps.map((step) => step.citizens / step.duration);
  const transitions = steps.map((_, order) => transitionProbabilities(steps, order));
  return steps.map((_, to) => {
    const passedOn = outflow.reduce((sum, out, from) => sum + out * (transitions[from]?.[to] ?? 0), 0);
    const needed = outflow[to] ?? 0;
    return Math.max(0.1 * needed, needed - passedOn);
  });
}

interface Seed {
  ladder: number;
  order: number;
  start: number;
  /** End of the first episode when the person was already on the step when the simulation began. */
  firstEnd?: number;
}

/** Yields the extract's rows, person by person (in random order), each person's episodes in time order. */
export function* syntheticExtract(options: SyntheticOptions): Generator<ExtractRow> {
  const random = seededRandom(options.seed);
  const ladders = options.ladders ?? DEMO_LADDERS;
  const scale = options.scale ?? 1;
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const windowStart = dayNumber(`${options.years.first}-01-01`);
  const asOf = dayNumber(`${options.years.last + 1}-01-31`);
  const simulationStart = dayNumber(`${options.years.first - BURN_IN_YEARS}-01-01`);
  const seeds = shuffled(
    ladders.flatMap((ladder, index) =>
      seedsOf(ladder, index, scale, simulationStart, asOf, options.years, random),
    ),
    random,
  );
  let emitted = 0;
  let persons = 0;
  for (const seed of seeds) {
    const ladder = ladders[seed.ladder];
    if (!ladder) continue;
    const rows = career(ladder, seed, random, options.years.first, asOf).filter(
      (row) => row.end === undefined || row.end >= windowStart,
    );
    if (rows.length === 0) continue;
    persons += 1;
    const personKey = `P${String(persons).padStart(6, "0")}`;
    for (const row of rows) {
      if (emitted >= limit) return;
      emitted += 1;
      yield {
        person_key: personKey,
        area: ladder.area,
        service_code: row.code,
        provider_type: row.provider,
        start_date: isoDateOf(row.start),
        ...(row.end === undefined ? {} : { end_date: isoDateOf(row.end) }),
        price_per_year: row.price,
      };
    }
  }
}

/** The population multiplier that gives about `episodes` rows (a tenth more, so a limit can cut exactly). */
export function scaleForEpisodes(
  episodes: number,
  options: Omit<SyntheticOptions, "scale" | "limit">,
): number {
  let atScaleOne = 0;
  for (const _ of syntheticExtract(options)) atScaleOne += 1;
  return (episodes / Math.max(1, atScaleOne)) * 1.1;
}

/** Everyone who is on the ladder when the simulation starts, and everyone who enters it later. */
function seedsOf(
  ladder: LadderPlan,
  index: number,
  scale: number,
  simulationStart: number,
  asOf: number,
  years: YearRange,
  random: Random,
): Seed[] {
  const seeds: Seed[] = [];
  const top = ladder.steps.length - 1;
  ladder.steps.forEach((step, order) => {
    for (let i = 0; i < Math.round(step.citizens * scale); i += 1) {
      const age = random.next() * 2 * step.duration * DAYS_PER_MONTH;
      seeds.push({
        ladder: index,
        order,
        start: Math.round(simulationStart - age),
        firstEnd: simulationStart + duration(step, random),
      });
    }
  });
  const entries = calibratedEntries(ladder.steps);
  const driftFrom = dayNumber(`${years.first}-01-01`);
  for (let month = simulationStart; month < asOf; month += DAYS_PER_MONTH) {
    const yearsOfDrift = Math.max(0, (month - driftFrom) / 365.25);
    ladder.steps.forEach((_, order) => {
      const rate = (entries[order] ?? 0) * scale * Math.max(0.3, 1 + entryDrift(order, top) * yearsOfDrift);
      const count = random.poisson(rate);
      for (let i = 0; i < count; i += 1) {
        seeds.push({ ladder: index, order, start: Math.floor(month + random.next() * DAYS_PER_MONTH) });
      }
    });
  }
  return seeds;
}

const transitionCache = new WeakMap<LadderPlan, number[][]>();

function transitionsOf(ladder: LadderPlan): number[][] {
  let transitions = transitionCache.get(ladder);
  if (!transitions) {
    transitions = ladder.steps.map((_, order) => transitionProbabilities(ladder.steps, order));
    transitionCache.set(ladder, transitions);
  }
  return transitions;
}

interface SyntheticEpisode {
  order: number;
  start: number;
  /** Undefined while ongoing at the extract date. */
  end?: number;
  code: string;
  provider: ProviderType;
  price: number;
}

/** One person's episodes: a walk over the ladder from the seed until they leave or the extract ends. */
function career(
  ladder: LadderPlan,
  seed: Seed,
  random: Random,
  firstYear: number,
  asOf: number,
): SyntheticEpisode[] {
  const episodes: SyntheticEpisode[] = [];
  const transitions = transitionsOf(ladder);
  let order = seed.order;
  let start = seed.start;
  let end = seed.firstEnd ?? start + duration(ladder.steps[order], random);
  for (;;) {
    const step = ladder.steps[order];
    if (!step) break;
    episodes.push(...stepEpisodes(ladder, order, start, end, random, firstYear, asOf));
    if (end >= asOf) break;
    const next = pick(transitions[order] ?? [], random);
    if (next >= ladder.steps.length) break;
    order = next;
    start = end + 1;
    end = start + duration(ladder.steps[order], random);
  }
  return episodes;
}

/** The episodes of one stay on a step: sometimes split in two, sometimes with a companion service. */
function stepEpisodes(
  ladder: LadderPlan,
  order: number,
  start: number,
  end: number,
  random: Random,
  firstYear: number,
  asOf: number,
): SyntheticEpisode[] {
  const stays: [number, number][] =
    end - start > 60 && random.next() < SPLIT_SHARE
      ? splitAt(start, end, Math.round(start + (end - start) * (0.2 + 0.6 * random.next())))
      : [[start, end]];
  const episodes = stays.map(([from, to]) => episode(ladder, order, from, to, 1, random, firstYear, asOf));
  const { companion } = ladder;
  if (order >= companion.fromOrder && random.next() < companion.share) {
    const length = end - start;
    const from = Math.round(start + length * 0.5 * random.next());
    const to = Math.min(end, Math.round(from + length * (0.2 + 0.6 * random.next())));
    episodes.push(episode(ladder, companion.step, from, to, companion.priceFactor, random, firstYear, asOf));
  }
  return episodes.filter((item) => item.start <= asOf);
}

function splitAt(start: number, end: number, at: number): [number, number][] {
  return [
    [start, at],
    [at + 1, end],
  ];
}

function episode(
  ladder: LadderPlan,
  order: number,
  start: number,
  end: number,
  priceFactor: number,
  random: Random,
  firstYear: number,
  asOf: number,
): SyntheticEpisode {
  const step = ladder.steps[order] as StepPlan;
  const startYear = new Date(start * 86_400_000).getUTCFullYear();
  const codes = startYear >= BARNETS_LOV_YEAR && step.codesFrom2024 ? step.codesFrom2024 : step.codes;
  const indexation = 1.03 ** (Math.max(startYear, firstYear - 2) - firstYear);
  const spread = Math.exp(random.normal(0, PRICE_SPREAD) - PRICE_SPREAD ** 2 / 2);
  return {
    order,
    start,
    ...(end >= asOf ? {} : { end }),
    code: codes[Math.floor(random.next() * codes.length)] ?? codes[0] ?? "",
    provider: weighted(step.providers, random),
    price: Math.round((step.cost * priceFactor * indexation * spread) / 100) * 100,
  };
}

/** Days on a step: gamma-distributed (shape 2) around the step's usual duration, at least a week. */
function duration(step: StepPlan | undefined, random: Random): number {
  const meanDays = (step?.duration ?? 12) * DAYS_PER_MONTH;
  const draw = -(meanDays / 2) * (Math.log(1 - random.next()) + Math.log(1 - random.next()));
  return Math.max(7, Math.round(draw));
}

function pick(probabilities: readonly number[], random: Random): number {
  let draw = random.next();
  for (let i = 0; i < probabilities.length; i += 1) {
    draw -= probabilities[i] ?? 0;
    if (draw < 0) return i;
  }
  return probabilities.length - 1;
}

function weighted<T>(options: readonly (readonly [T, number])[], random: Random): T {
  const total = options.reduce((sum, [, weight]) => sum + weight, 0);
  let draw = random.next() * total;
  for (const [value, weight] of options) {
    draw -= weight;
    if (draw < 0) return value;
  }
  return (options.at(-1) as readonly [T, number])[0];
}

function shuffled<T>(items: T[], random: Random): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random.next() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

/** The seed of the demo's extract, from the demo seed (stream 3, as each demo table has its own). */
export function demoExtractSeed(seed: number): number {
  return seed * 1000 + 3;
}
