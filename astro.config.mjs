// @ts-check
import mdx from "@astrojs/mdx";
import { defineConfig } from "astro/config";
import { options } from "./src/build-options.ts";

// The build script passes the output folder (a temporary one, moved into place on success).
export default defineConfig({
  site: "https://udvalgsbrief.example",
  outDir: options.outDir,
  integrations: [mdx()],
  build: { format: "directory" },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        // MDX content modules carry Astro's own "use astro:head-inject" directive, which the bundler
        // warns it may drop; Astro handles it itself, and the boxed warnings read as errors.
        onwarn(warning, warn) {
          if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
          warn(warning);
        },
      },
    },
  },
});
