// A generic switcher between pre-rendered variants of a part of a page (a year, a peer group, …),
// with the choice kept in the URL. Nothing is drawn here: the build rendered every variant; this
// only shows one and hides the rest. Markup (all variants but the default carry `hidden`):
//
//   <div data-variants="aar" data-variants-label="Vis år">          ← the URL parameter and the label
//     <div data-variant="2025">…</div>
//     <div data-variant="2024" hidden>…</div>
//   </div>
//
// Groups with the same key switch together and share one control, placed before the first group
// (before the outermost tabs or variants that hold it, if any).
// `data-variants-by="peer-group"` reads the variants from another attribute (`data-peer-group`);
// `data-variant-label` on a variant names it in the control (else its value does).

export const VARIANT_CHANGE = "variant-change";

interface Group {
  container: HTMLElement;
  variants: HTMLElement[];
  valueOf: (variant: HTMLElement) => string;
}

function groupsByKey(root: ParentNode): Map<string, Group[]> {
  const byKey = new Map<string, Group[]>();
  for (const container of root.querySelectorAll<HTMLElement>("[data-variants]")) {
    const key = container.dataset.variants ?? "";
    const attribute = `data-${container.dataset.variantsBy ?? "variant"}`;
    const variants = [...container.children].filter(
      (child): child is HTMLElement => child instanceof HTMLElement && child.hasAttribute(attribute),
    );
    if (!key || variants.length < 2) continue;
    const group = { container, variants, valueOf: (v: HTMLElement) => v.getAttribute(attribute) ?? "" };
    byKey.set(key, [...(byKey.get(key) ?? []), group]);
  }
  return byKey;
}

/** Shows the variant with `value` in every group of the key; false when no group has it. */
export function showVariant(groups: readonly Group[], value: string): boolean {
  let found = false;
  for (const group of groups) {
    if (!group.variants.some((v) => group.valueOf(v) === value)) continue;
    found = true;
    for (const variant of group.variants) variant.hidden = group.valueOf(variant) !== value;
  }
  return found;
}

function setParameter(key: string, value: string | undefined): void {
  const url = new URL(window.location.href);
  if (value === undefined) url.searchParams.delete(key);
  else url.searchParams.set(key, value);
  history.replaceState(null, "", `${url.pathname}${url.search}${url.hash}`);
}

export function initVariants(root: ParentNode = document): void {
  for (const [key, groups] of groupsByKey(root)) {
    const first = groups[0];
    if (!first) continue;
    const initial = first.variants.find((v) => !v.hidden) ?? first.variants[0];
    const fallback = initial ? first.valueOf(initial) : "";
    const label = document.createElement("label");
    label.className = "variants-control";
    label.append(`${first.container.dataset.variantsLabel ?? key} `);
    const select = document.createElement("select");
    select.name = key;
    for (const variant of first.variants) {
      const option = document.createElement("option");
      option.value = first.valueOf(variant);
      option.textContent = variant.dataset.variantLabel ?? option.value;
      select.append(option);
    }
    label.append(select);
    // One control for every view: before the outermost tabs (src/scripts/tabs.ts) or variants that
    // hold the group (years inside peer groups), so hiding a view never hides the control.
    let anchor: HTMLElement = first.container;
    for (
      let up = anchor.parentElement?.closest<HTMLElement>("[data-tabs], [data-variants]");
      up;
      up = up.parentElement?.closest<HTMLElement>("[data-tabs], [data-variants]")
    )
      anchor = up;
    anchor.before(label);
    const choose = (value: string, remember: boolean) => {
      if (!showVariant(groups, value)) return;
      select.value = value;
      if (remember) setParameter(key, value === fallback ? undefined : value);
      document.dispatchEvent(new CustomEvent(VARIANT_CHANGE, { detail: { key, value } }));
    };
    select.addEventListener("change", () => choose(select.value, true));
    const asked = new URLSearchParams(window.location.search).get(key);
    choose(asked ?? fallback, false);
  }
}

initVariants();
