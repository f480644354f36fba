import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/browser/**", "node_modules/**"],
    environment: "node",
    // One temporary folder per run, removed at the end, and .astro/ put back as it was.
    globalSetup: ["test/global-setup.ts"],
    // Tests that build figures solve the disclosure audit (HiGHS); the first run in a worker takes seconds.
    testTimeout: 60_000,
  },
});
