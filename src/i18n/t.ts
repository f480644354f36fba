import strings from "./da.json";

export type StringKey = keyof typeof strings;

/** Looks up a Danish UI string. Keys are checked at compile time. */
export function t(key: StringKey): string {
  return strings[key];
}
