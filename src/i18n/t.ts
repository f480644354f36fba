import strings from "./da.json";

/**
 * The one copy system (after GOV.UK Frontend's i18n and Starlight's createTranslationSystem): every
 * UI string is a key in `da.json`. A value is either a text or its plural forms by CLDR category
 * (Danish: `one`, `other`); `%{name}` is replaced by a parameter, and `%{count}` picks the form and
 * is written the Danish way ("1.234"). A missing key or parameter is an error, never a blank.
 */
export type StringKey = keyof typeof strings;
export type Params = Readonly<Record<string, string | number>>;
type PluralForms = { one: string; other: string };

const PLURAL_RULES = new Intl.PluralRules("da");
const COUNT_FORMAT = new Intl.NumberFormat("da-DK");

/** The Danish plural category of a count: "one" for 1, "other" for 0, 2, 1,5 … */
export function pluralCategory(count: number): "one" | "other" {
  return PLURAL_RULES.select(count) === "one" ? "one" : "other";
}

/** A form by a count: forms.one for 1, forms.other otherwise. */
export function pluralForm(count: number, forms: PluralForms): string {
  return forms[pluralCategory(count)];
}

/** Fills `%{name}` placeholders; numbers are written the Danish way. */
export function interpolate(template: string, params: Params, key = "(text)"): string {
  return template.replace(/%\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Copy "${key}" needs the parameter "${name}"`);
    return typeof value === "number" ? COUNT_FORMAT.format(value) : value;
  });
}

/** Builds a translator over a table of strings; `t` below is the site's, over `da.json`. */
export function createTranslator<Key extends string>(table: Readonly<Record<Key, string | PluralForms>>) {
  return (key: Key, params: Params = {}): string => {
    const entry = (table as Record<string, string | PluralForms | undefined>)[key];
    if (entry === undefined) throw new Error(`No Danish copy for the key "${key}" in src/i18n/da.json`);
    if (typeof entry === "string") return interpolate(entry, params, key);
    const count = params.count;
    if (typeof count !== "number")
      throw new Error(`Copy "${key}" has plural forms and needs a numeric "count"`);
    return interpolate(pluralForm(count, entry), params, key);
  };
}

/** Looks up a Danish UI string: t("figure.allRows", { count: 12 }) → "Vis alle 12 rækker". */
export const t: (key: StringKey, params?: Params) => string = createTranslator(strings);
