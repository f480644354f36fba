import { expect, test } from "@playwright/test";

test("search finds pages from the self-hosted index, without other hosts", async ({ page }) => {
  const foreign: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).hostname !== "127.0.0.1") foreign.push(request.url());
  });
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto("/sog/");
  await page.getByRole("searchbox", { name: "Søg efter ord på siderne" }).fill("plejefamilie");
  await page.keyboard.press("Enter");
  await expect(page.locator(".search__status")).toContainText('indeholder "plejefamilie"');
  await expect(page.locator(".search__results li").first()).toBeVisible();
  await expect(page).toHaveURL(/\?q=plejefamilie/);
  expect(foreign).toEqual([]);
  expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
});
