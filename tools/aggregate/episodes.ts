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

const DIGIT_0 = 48;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Days since 1970-01-01 of a text that is exactly a real date written YYYY-MM-DD, else undefined.
 * The same answer as isCalendarDate + dayNumber, by arithmetic on character codes: it runs twice
 * per row of a million-row extract, and string slicing and Date objects would dominate.
 */
export function parseIsoDay(text: string): number | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  let year = 0;
  for (let i = 0; i < 4; i += 1) {
    const digit = text.charCodeAt(i) - DIGIT_0;
    if (digit < 0 || digit > 9) return undefined;
    year = year * 10 + digit;
  }
  const m1 = text.charCodeAt(5) - DIGIT_0;
  const m2 = text.charCodeAt(6) - DIGIT_0;
  const d1 = text.charCodeAt(8) - DIGIT_0;
  const d2 = text.charCodeAt(9) - DIGIT_0;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return undefined;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (month < 1 || month > 12 || day < 1) return undefined;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0))) return undefined;
  return daysFromCivil(year, month, day);
}

/** Howard Hinnant's days_from_civil: days since 1970-01-01 of a proleptic Gregorian date. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
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

  // Extracts usually list a person's episodes together: the previous row's person is checked first.
  let lastArea = "";
  let lastKey = "";
  let lastId = -1;

  const personId = (area: string, personKey: string): number => {
    if (personKey === lastKey && area === lastArea) return lastId;
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
    lastArea = area;
    lastKey = personKey;
    lastId = id;
    return id;
  };

  return {
    add(area, personKey, stepIndex, first, last, yearlyPrice) {
      if (size === capacity) grow();
      const id = personId(area, personKey);
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

/** Adds one validated extract row on its mapped step (an empty end date is an open episode). */
export function addEpisode(
  collector: EpisodeCollector,
  episode: {
    area: string;
    person_key: string;
    start_date: string;
    end_date?: string | undefined;
    price_per_year: number;
  },
  step: number,
): void {
  const end = episode.end_date === undefined ? OPEN_END : dayNumber(episode.end_date);
  collector.add(
    episode.area,
    episode.person_key,
    step,
    dayNumber(episode.start_date),
    end,
    episode.price_per_year,
  );
}
