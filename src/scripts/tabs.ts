// Views of one thing as tabs (the ranking and the map of a comparison), following the WAI-ARIA tabs
// pattern: a tablist, one tab stop, arrows between the tabs, Home/End, automatic activation. Without
// JavaScript the views are plain sections one after the other, and in print they all show.
//
//   <div data-tabs="visning" data-tabs-label="Vis som">      ← the URL parameter and the list's name
//     <section data-tab="placering" data-tab-label="Placering">…</section>
//     <section data-tab="kort" data-tab-label="Kort">…</section>
//   </div>

let counter = 0;

export function initTabs(root: ParentNode = document): void {
  for (const container of root.querySelectorAll<HTMLElement>("[data-tabs]")) {
    const key = container.dataset.tabs ?? "";
    const panels = [...container.children].filter(
      (child): child is HTMLElement => child instanceof HTMLElement && child.hasAttribute("data-tab"),
    );
    if (panels.length < 2) continue;
    counter += 1;
    const list = document.createElement("div");
    list.setAttribute("role", "tablist");
    list.setAttribute("aria-label", container.dataset.tabsLabel ?? "Visning");
    list.className = "view-tabs__list";
    const tabs = panels.map((panel, i) => {
      const tab = document.createElement("button");
      tab.type = "button";
      tab.setAttribute("role", "tab");
      tab.id = `faneblad-${counter}-${i}`;
      panel.id ||= `fanebladspanel-${counter}-${i}`;
      tab.setAttribute("aria-controls", panel.id);
      tab.textContent = panel.dataset.tabLabel ?? panel.dataset.tab ?? String(i + 1);
      panel.setAttribute("role", "tabpanel");
      panel.setAttribute("aria-labelledby", tab.id);
      panel.tabIndex = 0;
      list.append(tab);
      return tab;
    });
    container.prepend(list);
    container.classList.add("view-tabs--active");

    const select = (index: number, { focus = false, remember = false } = {}) => {
      tabs.forEach((tab, i) => {
        const on = i === index;
        tab.setAttribute("aria-selected", String(on));
        tab.tabIndex = on ? 0 : -1;
        const panel = panels[i];
        if (panel) panel.hidden = !on;
      });
      if (focus) tabs[index]?.focus();
      if (remember && key) {
        const url = new URL(window.location.href);
        if (index === 0) url.searchParams.delete(key);
        else url.searchParams.set(key, panels[index]?.dataset.tab ?? "");
        history.replaceState(null, "", `${url.pathname}${url.search}${url.hash}`);
      }
    };
    list.addEventListener("click", (event) => {
      const tab = event.target instanceof Element ? event.target.closest('[role="tab"]') : null;
      const index = tabs.indexOf(tab as HTMLButtonElement);
      if (index >= 0) select(index, { remember: true });
    });
    list.addEventListener("keydown", (event) => {
      const current = tabs.indexOf(document.activeElement as HTMLButtonElement);
      if (current < 0) return;
      const last = tabs.length - 1;
      const next =
        event.key === "ArrowRight"
          ? (current + 1) % tabs.length
          : event.key === "ArrowLeft"
            ? (current - 1 + tabs.length) % tabs.length
            : event.key === "Home"
              ? 0
              : event.key === "End"
                ? last
                : -1;
      if (next < 0) return;
      event.preventDefault();
      select(next, { focus: true, remember: true });
    });
    const asked = key ? new URLSearchParams(window.location.search).get(key) : null;
    const initial = panels.findIndex((p) => p.dataset.tab === asked);
    select(Math.max(initial, 0));
  }
}

initTabs();
