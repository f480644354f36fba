import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { options } from "./build-options.ts";
import { BriefingFrontmatter, GoalFrontmatter, ServiceLevelFrontmatter } from "./data/schemas/content.ts";

// Narrative lives in content/ at the top level, beside data/: a municipality edits only those two.
// The folder comes from src/build-options.ts (tests build from a changed copy).
const { contentDir } = options;
const mdxIn = (folder: string) => glob({ pattern: "**/*.mdx", base: `${contentDir}/${folder}` });

export const collections = {
  briefings: defineCollection({ loader: mdxIn("briefings"), schema: BriefingFrontmatter }),
  goals: defineCollection({ loader: mdxIn("goals"), schema: GoalFrontmatter }),
  serviceLevels: defineCollection({ loader: mdxIn("service-levels"), schema: ServiceLevelFrontmatter }),
};
