/**
 * A briefing reads in a fixed order: "Det vigtigste", "Siden sidst", "Udvalget bedes tage stilling
 * til", then the details. The MDX must place the three section components once each, in that order.
 */
export function checkBriefingStructure(source: string, file: string): string[] {
  const order = ["<KeyPoints>", "<SinceLast />", "<Decisions>"];
  const positions = order.map((tag) => ({
    tag,
    index: source.indexOf(tag),
    count: source.split(tag).length - 1,
  }));
  const problems = positions
    .filter((p) => p.count !== 1)
    .map((p) => `${file}: expected ${p.tag} exactly once, found it ${p.count} times`);
  if (problems.length > 0) return problems;
  const sorted = [...positions].sort((a, b) => a.index - b.index).map((p) => p.tag);
  return sorted.join() === order.join()
    ? []
    : [`${file}: expected the sections in the order ${order.join(", ")}; found ${sorted.join(", ")}`];
}
