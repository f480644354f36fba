// Highlight municipalities by name on a comparison page: every chart mark the build tagged with the
// municipality's code (data-municipality, src/charts/tips.ts) is restyled; nothing is redrawn. The
// choice is kept in the URL (?fremhaev=621,630) and restored from it.
import { VARIANT_CHANGE } from "./variants.ts";

const PARAM = "fremhaev";

for (const box of document.querySelectorAll<HTMLElement>("[data-highlight]")) {
  const input = box.querySelector("input");
  const list = box.querySelector("datalist");
  const chips = box.querySelector<HTMLElement>("[data-highlight-chips]");
  const status = box.querySelector<HTMLElement>("[data-highlight-status]");
  if (!input || !list || !chips) continue;
  const names = new Map<string, string>(); // code → name
  const codes = new Map<string, string>(); // lower-case name → code
  for (const option of list.options) {
    const code = option.dataset.code ?? "";
    names.set(code, option.value);
    codes.set(option.value.toLocaleLowerCase("da"), code);
  }
  let chosen = (new URLSearchParams(window.location.search).get(PARAM) ?? "")
    .split(",")
    .filter((code) => names.has(code));

  /** What the visible chart says about the municipality: "3,2 pr. 1.000 0–17-årige, 2025". */
  const shownValue = (code: string) => {
    const mark = [
      ...document.querySelectorAll<Element>(`[data-municipality="${code}"][data-tip-value]`),
    ].find((m) => m.getClientRects().length > 0);
    if (!mark) return "intet tal";
    const period = mark.getAttribute("data-tip-period");
    return `${mark.getAttribute("data-tip-value")}${period ? `, ${period}` : ""}`;
  };

  const apply = (announce: boolean) => {
    for (const mark of document.querySelectorAll(".is-highlighted")) mark.classList.remove("is-highlighted");
    for (const code of chosen)
      for (const mark of document.querySelectorAll(`[data-municipality="${code}"]`))
        mark.classList.add("is-highlighted");
    chips.replaceChildren(
      ...chosen.map((code) => {
        const item = document.createElement("li");
        item.append(`${names.get(code)}: ${shownValue(code)} `);
        const remove = document.createElement("button");
        remove.type = "button";
        remove.textContent = "Fjern";
        remove.setAttribute("aria-label", `Fjern fremhævningen af ${names.get(code)}`);
        remove.addEventListener("click", () => {
          chosen = chosen.filter((c) => c !== code);
          apply(true);
          input.focus();
        });
        item.append(remove);
        return item;
      }),
    );
    const url = new URL(window.location.href);
    if (chosen.length > 0) url.searchParams.set(PARAM, chosen.join(","));
    else url.searchParams.delete(PARAM);
    history.replaceState(null, "", `${url.pathname}${url.search}${url.hash}`);
    if (announce && status)
      status.textContent =
        chosen.length === 0
          ? "Ingen kommuner er fremhævet."
          : `Fremhævet: ${chosen.map((code) => `${names.get(code)} (${shownValue(code)})`).join(", ")}.`;
  };

  const add = () => {
    const code = codes.get(input.value.trim().toLocaleLowerCase("da"));
    if (!code) {
      if (status && input.value.trim()) status.textContent = `Ingen kommune hedder "${input.value.trim()}".`;
      return;
    }
    if (!chosen.includes(code)) chosen = [...chosen, code];
    input.value = "";
    apply(true);
  };
  input.addEventListener("change", add);
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      add();
    }
  });
  document.addEventListener(VARIANT_CHANGE, () => apply(false));
  box.hidden = false;
  apply(false);
}
