import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./scripts/chromium.mjs";

// TEST_PORT (or PLAYWRIGHT_PORT) lets two checkouts on one machine run their browser tests at once.
const PORT = Number(process.env.TEST_PORT ?? process.env.PLAYWRIGHT_PORT ?? 4322);

// Browser tests run against the built site (dist/), served on 127.0.0.1 only.
export default defineConfig({
  testDir: "test/browser",
  testMatch: "**/*.browser.test.ts",
  outputDir: "test-results/browser",
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    command: `npm run build && node scripts/serve-static.mjs dist ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
