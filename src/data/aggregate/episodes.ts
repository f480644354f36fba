/**
 * The validated extract, held column by column in typed arrays: a million episodes take about
 * 25 MB this way instead of several hundred MB of row objects. Person keys are replaced by
 * numbers as soon as they are read; the keys themselves are dropped with the collector.
 */
export interface EpisodeTable {
  size: number;
  /** Number of distinct persons (per area: the same key in two areas is two ladder careers). */
  persons: number;
  person: Int32Array;
  /** Index into LadderLayout.steps. */
  step: Uint16Array;
  /** First day, as days since 1970-01-01. */
  start: Int32Array;
  /** Last day (inclusive), as days since 1970-01-01; OPEN_END while ongoing. */
  end: Int32Array;
  /** kr. per year. */
  price: Float64Array;
  /** The latest start or end date seen, as days since 1970-01-01 (-Infinity when empty). */
  latestDay: number;
}

/** The end of an ongoing episode: later than any year end. */
export const OPEN_END = 2 ** 31 - 1;

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD date (assumed valid). */
export function dayNumber(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const day = Number(isoDate.slice(8, 10));
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function isoDateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export interface EpisodeCollector {
  add(area: string, personKey: string, step: number, start: number, end: number, price: number): void;
  table(): EpisodeTable;
}

/** Collects episodes into growing typed arrays. */
export function episodeCollector(initialCapacity = 1 << 16): EpisodeCollector {
  let capacity = initialCapacity;
  let size = 0;
  let person = new Int32Array(capacity);
  let step = new Uint16Array(capacity);
  let start = new Int32Array(capacity);
  let end = new Int32Array(capacity);
  let price = new Float64Array(capacity);
  let latestDay = Number.NEGATIVE_INFINITY;
  const personIds = new Map<string, Map<string, number>>();
  let persons = 0;

  const grow = (): void => {
    capacity *= 2;
    person = copyInto(new Int32Array(capacity), person);
    step = copyInto(new Uint16Array(capacity), step);
    start = copyInto(new Int32Array(capacity), start);
    end = copyInto(new Int32Array(capacity), end);
    price = copyInto(new Float64Array(capacity), price);
  };

  return {
    add(area, personKey, stepIndex, first, last, yearlyPrice) {
      if (size === capacity) grow();
      let ids = personIds.get(area);
      if (ids === undefined) {
        ids = new Map();
        personIds.set(area, ids);
      }
      let id = ids.get(personKey);
      if (id === undefined) {
        id = persons;
        persons += 1;
        ids.set(personKey, id);
      }
      person[size] = id;
      step[size] = stepIndex;
      start[size] = first;
      end[size] = last;
      price[size] = yearlyPrice;
      const latest = last === OPEN_END ? first : last;
      if (latest > latestDay) latestDay = latest;
      size += 1;
    },
    table() {
      return {
        size,
        persons,
        person: person.subarray(0, size),
        step: step.subarray(0, size),
        start: start.subarray(0, size),
        end: end.subarray(0, size),
        price: price.subarray(0, size),
        latestDay,
      };
    },
  };
}

function copyInto<T extends Int32Array | Uint16Array | Float64Array>(target: T, source: T): T {
  target.set(source as never);
  return target;
}
