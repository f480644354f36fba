// Details on demand for the build-time SVG charts: a tooltip on hover, tap and keyboard focus, with one
// tab stop per chart and the arrow keys between its marks (a roving tabindex, as in Highcharts'
// keyboard navigation). The details are the attributes the build wrote on each mark
// (src/charts/tips.ts); nothing is computed or drawn here but the box.

const MARK = ".tip-mark";

/** What a mark says, read aloud and shown: "3. Plejefamilie: 39 børn, 2025". */
export function tipText(mark: Element): { heading: string; body: string; full: string } {
  const label = mark.getAttribute("data-tip-label") ?? "";
  const value = mark.getAttribute("data-tip-value") ?? "";
  const period = mark.getAttribute("data-tip-period");
  const body = period ? `${value}, ${period}` : value;
  return { heading: label, body, full: label ? `${label}: ${body}` : body };
}

function visible(element: Element): boolean {
  return element.getClientRects().length > 0;
}

/** Marks in reading order: points left to right, bars and cells as drawn (rows top to bottom). */
function ordered(marks: SVGGraphicsElement[]): SVGGraphicsElement[] {
  if (!marks.every((m) => m.tagName === "circle" || m.tagName === "path")) return marks;
  const centre = (m: SVGGraphicsElement) => {
    const box = m.getBoundingClientRect();
    return [box.left + box.width / 2, box.top + box.height / 2] as const;
  };
  return [...marks].sort((a, b) => {
    const [ax, ay] = centre(a);
    const [bx, by] = centre(b);
    return Math.abs(ax - bx) > 0.5 ? ax - bx : ay - by;
  });
}

function enhance(figure: HTMLElement): void {
  const region = figure.querySelector<HTMLElement>(".chart-svg");
  if (!region || region.querySelector(MARK) === null) return;
  const definition = figure.dataset.tipDefinition ?? "";
  const box = document.createElement("div");
  box.className = "chart-tip";
  box.hidden = true;
  // The focused mark's own label is what a screen reader announces; the box repeats it for the eye.
  box.setAttribute("aria-hidden", "true");
  region.append(box);
  region.classList.add("chart-svg--tips");
  region.removeAttribute("tabindex"); // the chart's one tab stop is now its first mark

  for (const svg of region.querySelectorAll("svg")) {
    svg.setAttribute("role", "group"); // its marks are now named, focusable images
    svg.querySelectorAll(MARK).forEach((mark, i) => {
      mark.setAttribute("tabindex", i === 0 ? "0" : "-1");
      mark.setAttribute("role", "img");
      mark.setAttribute("aria-label", tipText(mark).full);
    });
  }
  let active: Element | undefined;

  const show = (mark: Element) => {
    active?.classList.remove("is-active");
    active = mark;
    mark.classList.add("is-active");
    const { heading, body } = tipText(mark);
    const title = document.createElement("strong");
    title.textContent = heading;
    const value = document.createElement("span");
    value.textContent = body;
    const parts: Node[] = [title, value];
    if (definition) {
      const small = document.createElement("small");
      small.textContent = definition;
      parts.push(small);
    }
    box.replaceChildren(...parts);
    box.hidden = false;
    const area = region.getBoundingClientRect();
    const at = mark.getBoundingClientRect();
    const width = box.offsetWidth;
    const left = Math.min(Math.max(at.left - area.left + at.width / 2 - width / 2, 0), area.width - width);
    const above = at.top - area.top - box.offsetHeight - 8;
    box.style.left = `${Math.round(left)}px`;
    box.style.top = `${Math.round(above >= 0 ? above : at.bottom - area.top + 8)}px`;
  };
  const hide = () => {
    active?.classList.remove("is-active");
    active = undefined;
    box.hidden = true;
  };
  const markOf = (target: EventTarget | null) =>
    target instanceof Element ? (target.closest(MARK) ?? undefined) : undefined;

  region.addEventListener("pointerover", (event) => {
    const mark = markOf(event.target);
    if (mark) show(mark);
  });
  region.addEventListener("pointerleave", () => {
    if (!region.contains(document.activeElement)) hide();
  });
  region.addEventListener("click", (event) => {
    const mark = markOf(event.target);
    if (mark instanceof SVGElement) mark.focus();
  });
  region.addEventListener("focusin", (event) => {
    const mark = markOf(event.target);
    if (mark) show(mark);
  });
  region.addEventListener("focusout", (event) => {
    if (!(event.relatedTarget instanceof Node && region.contains(event.relatedTarget))) hide();
  });
  region.addEventListener("keydown", (event) => {
    const current = markOf(event.target);
    if (!(current instanceof SVGGraphicsElement)) return;
    if (event.key === "Escape") {
      hide();
      return;
    }
    const svg = current.ownerSVGElement;
    if (!svg || !visible(svg)) return;
    const marks = ordered([...svg.querySelectorAll<SVGGraphicsElement>(MARK)]);
    const at = marks.indexOf(current);
    const next =
      event.key === "ArrowRight" || event.key === "ArrowDown"
        ? marks[Math.min(at + 1, marks.length - 1)]
        : event.key === "ArrowLeft" || event.key === "ArrowUp"
          ? marks[Math.max(at - 1, 0)]
          : event.key === "Home"
            ? marks[0]
            : event.key === "End"
              ? marks.at(-1)
              : undefined;
    if (!next) return;
    event.preventDefault();
    current.setAttribute("tabindex", "-1");
    next.setAttribute("tabindex", "0");
    next.focus();
  });
}

for (const figure of document.querySelectorAll<HTMLElement>("figure.chart")) enhance(figure);
