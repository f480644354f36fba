import { chromium } from "playwright-core";

const [, , path, prefix, selector] = process.argv;
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
await page.goto(`http://127.0.0.1:4330${path}`);
let i = 0;
for (const el of await page.locator(selector).all()) {
  await el.screenshot({ path: `${prefix}-${i++}.png` });
}
await browser.close();
