// @ts-check
import mdx from "@astrojs/mdx";
import { defineConfig } from "astro/config";

// The build script passes the output folder (a temporary one, moved into place on success).
export default defineConfig({
  site: "https://udvalgsbrief.example",
  outDir: process.env.UDVALGSBRIEF_OUT_DIR ?? "dist",
  integrations: [mdx()],
  build: { format: "directory" },
  devToolbar: { enabled: false },
});
