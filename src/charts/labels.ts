/**
 * Label helpers shared by the charts: a text colour chosen by contrast with the fill behind it, and
 * short names that stay unique.
 */

/** WCAG 2.x relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** The label colour, of the two given, with the higher contrast on the fill. */
export function labelColourOn(fill: string, light = "#ffffff", dark = "#1a1a1a"): string {
  return contrastRatio(fill, light) > contrastRatio(fill, dark) ? light : dark;
}

/**
 * A short label for each name, unique within the list: the first `length` letters when they are
 * unique, otherwise the first two letters, a full stop and the last letters ("Fr.berg", "Fr.havn").
 */
export function uniqueShortNames(names: readonly string[], length = 4): string[] {
  const prefix = (name: string) => name.slice(0, length);
  const counts = new Map<string, number>();
  for (const name of names) counts.set(prefix(name), (counts.get(prefix(name)) ?? 0) + 1);
  return names.map((name) => {
    if ((counts.get(prefix(name)) ?? 0) <= 1) return prefix(name);
    const rivals = names.filter((other) => other !== name && prefix(other) === prefix(name));
    for (let tail = 4; tail <= name.length; tail += 1) {
      const short = `${name.slice(0, 2)}.${name.slice(-tail)}`;
      if (rivals.every((other) => !other.endsWith(name.slice(-tail)))) return short;
    }
    return name;
  });
}

/**
 * Estimated advance of a line of text in em, from IBM Plex Sans' widths by kind of character
 * (checked in Chromium against the demo site's labels: within a few per cent, erring wide).
 */
export function textEms(line: string): number {
  let total = 0;
  for (const char of line) {
    if (/[0-9]/.test(char)) total += 0.6;
    else if (/[\s.,:;·'’()|]/.test(char)) total += 0.3;
    else if (/[A-ZÆØÅ%]/.test(char)) total += 0.66;
    else if (/[mwMW]/.test(char)) total += 0.85;
    else if (/[ijlft]/.test(char)) total += 0.3;
    else total += 0.53;
  }
  return total;
}

/**
 * Label placement for labels centred on points along x: each label gets the lowest level (0, 1, …)
 * where it does not overlap a label already placed, so neighbours stack instead of colliding.
 */
export function stackLabels(labels: readonly { x: number; width: number }[], gap = 6): number[] {
  const order = labels.map((label, i) => ({ ...label, i })).sort((a, b) => a.x - b.x);
  const rightEdges: number[] = [];
  const levels = new Array<number>(labels.length).fill(0);
  for (const label of order) {
    const left = label.x - label.width / 2;
    let level = rightEdges.findIndex((right) => right + gap <= left);
    if (level === -1) level = rightEdges.length;
    rightEdges[level] = label.x + label.width / 2;
    levels[label.i] = level;
  }
  return levels;
}

/**
 * Vertical label placement for end-of-line labels: moves the labels apart, keeping their order, so
 * that no two are closer than `gap` pixels, and as near their lines as that allows.
 */
export function spreadLabels(ys: readonly number[], gap: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const placed = order.map((d) => d.y);
  for (let pass = 0; pass < 50; pass += 1) {
    let moved = false;
    for (let k = 1; k < placed.length; k += 1) {
      const overlap = gap - ((placed[k] ?? 0) - (placed[k - 1] ?? 0));
      if (overlap > 0.01) {
        placed[k - 1] = (placed[k - 1] ?? 0) - overlap / 2;
        placed[k] = (placed[k] ?? 0) + overlap / 2;
        moved = true;
      }
    }
    if (!moved) break;
  }
  const result = new Array<number>(ys.length).fill(0);
  order.forEach((d, k) => {
    result[d.i] = placed[k] ?? d.y;
  });
  return result;
}
