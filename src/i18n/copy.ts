/**
 * Copy helpers for the slips that happen when generated text joins pieces ("mio. kr." + "." →
 * "mio. kr..", "Gladsaxe." + "De" without a space). Plurals are chosen by `t` (src/i18n/t.ts).
 */

/** Removes a doubled full stop after an abbreviation and doubled spaces from generated text. */
export function tidyCopy(text: string): string {
  return text
    .replace(/(?<=\b(?:kr|mio|mia|pr|ca|fx|mdr|nr|bl\.a|f\.eks))\.\.(?!\.)/g, ".")
    .replace(/ {2,}/g, " ");
}

/** What a proof-reader would mark in a generated text: "..", a missing space after ":" or ".", "  ". */
export function copyProblems(text: string): string[] {
  const problems: string[] = [];
  const at = (index: number) => `"${text.slice(Math.max(0, index - 25), index + 25).trim()}"`;
  for (const m of text.matchAll(/(?<!\.)\.\.(?!\.)/g)) problems.push(`doubled full stop: ${at(m.index)}`);
  for (const m of text.matchAll(/\p{Ll}[:.](?=\p{Lu}\p{Ll})/gu))
    problems.push(`no space after "${m[0].slice(-1)}": ${at(m.index)}`);
  for (const m of text.matchAll(/\S {2,}\S/g)) problems.push(`double space: ${at(m.index)}`);
  for (const m of text.matchAll(/(?<!\p{L})(De|Det|Den)(?=\d)/gu))
    problems.push(`no space before a number: ${at(m.index)}`);
  return problems;
}

/** In rendered HTML: "kr.</data>." → "kr.</data>" (the value's own full stop ends the sentence). */
export function tidyJoinedStops(html: string): string {
  return html.replace(/(\.(?:<\/(?:data|strong|em|b|span|a)>)+)\.(?![.\w])/g, "$1");
}
