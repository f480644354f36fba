import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, test } from "@playwright/test";

const DIST = join(import.meta.dirname, "../../dist");

/** Every page of the built site, as its URL path ("/", "/om/", …); the 404 page is no page to reach. */
function builtPages(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "pagefind" ? [] : builtPages(path);
    return name === "index.html" ? [`/${relative(DIST, dir)}/`.replace(/^\/\/$/, "/")] : [];
  });
}

async function linksOn(page: import("@playwright/test").Page, path: string): Promise<string[]> {
  await page.goto(path);
  const hrefs = await page
    .locator("a[href]")
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.flatMap((href) => {
    const url = new URL(href);
    return url.origin === new URL(page.url()).origin && url.pathname.endsWith("/") ? [url.pathname] : [];
  });
}

test("every page is reachable from the front page within two clicks", async ({ page }) => {
  test.setTimeout(120_000);
  const oneClick = new Set(await linksOn(page, "/"));
  const twoClicks = new Set(oneClick);
  for (const path of oneClick) for (const link of await linksOn(page, path)) twoClicks.add(link);
  twoClicks.add("/");
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(20);
  expect(pages.filter((path) => !twoClicks.has(path))).toEqual([]);
});

test("the header names every section and the footer links the statement, figures, data, search and contact", async ({
  page,
}) => {
  test.setTimeout(120_000);
  for (const path of builtPages()) {
    await page.goto(path);
    const menu = page.getByRole("navigation", { name: "Hovedmenu" });
    for (const section of ["/moeder/", "/maal/", "/sammenlign/", "/serviceniveau/", "/data/", "/om/"])
      await expect(menu.locator(`a[href="${section}"]`), `${path}: ${section} in the header`).toHaveCount(1);
    await expect(
      page.getByRole("search").first().getByRole("searchbox"),
      `${path}: search field`,
    ).toHaveCount(1);
    const footer = page.getByRole("contentinfo");
    for (const href of ["/om/tilgaengelighed/", "/om/", "/data/", "/sog/"])
      await expect(footer.locator(`a[href="${href}"]`), `${path}: ${href} in the footer`).toHaveCount(1);
    await expect(footer.locator('a[href^="mailto:"]'), `${path}: contact`).toHaveCount(1);
  }
});

test("the banners sit inside the header landmark", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("banner").locator(".demo-banner")).toHaveCount(1);
});

test.describe("on a phone without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
  test("the menu is collapsed and opens with a tap", async ({ page }) => {
    await page.goto("/");
    const menu = page.getByRole("navigation", { name: "Hovedmenu" });
    await expect(menu.getByRole("link", { name: "Sammenlign" })).toBeHidden();
    await page.locator(".site-menu > summary").click();
    await expect(menu.getByRole("link", { name: "Sammenlign" })).toBeVisible();
  });
  test("the header search goes to the search page with the words", async ({ page }) => {
    await page.goto("/om/");
    await page.locator("#sidehoved-sog").fill("anbringelser");
    await page.locator("#sidehoved-sog").press("Enter");
    await expect(page).toHaveURL(/\/sog\/\?q=anbringelser$/);
  });
});

test("on a wide screen every menu link shows without opening anything", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/");
  await expect(page.locator(".site-menu > summary")).toBeHidden();
  await expect(
    page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Sammenlign" }),
  ).toBeVisible();
});
