import { describe, expect, it } from "vitest";
import { optionsEnvironment, resolveBuildOptions, thresholdFor } from "../src/build-options.ts";

describe("build options", () => {
  it("default to the public build from data/ and content/ into dist/", () => {
    expect(resolveBuildOptions({})).toEqual({
      dataDir: "data",
      contentDir: "content",
      recordsDir: "content/records",
      outDir: "dist",
      audience: "public",
    });
  });

  it("read every UDVALGSBRIEF_ variable, and the committee build publishes into dist-committee/", () => {
    const o = resolveBuildOptions({
      UDVALGSBRIEF_DATA_DIR: "other/data",
      UDVALGSBRIEF_CONTENT_DIR: "other/content",
      UDVALGSBRIEF_AUDIENCE: "committee",
    });
    expect(o).toEqual({
      dataDir: "other/data",
      contentDir: "other/content",
      recordsDir: "other/content/records",
      outDir: "dist-committee",
      audience: "committee",
    });
    expect(resolveBuildOptions({ UDVALGSBRIEF_OUT_DIR: "out" }).outDir).toBe("out");
    // What a child process is given resolves to the same options.
    expect(resolveBuildOptions(optionsEnvironment(o))).toEqual(o);
  });

  it("let a command line's --audience win over the environment", () => {
    expect(resolveBuildOptions({ UDVALGSBRIEF_AUDIENCE: "public" }, { audience: "committee" }).audience).toBe(
      "committee",
    );
    expect(resolveBuildOptions({ UDVALGSBRIEF_AUDIENCE: "committee" }, {}).audience).toBe("committee");
    expect(() => resolveBuildOptions({}, { audience: "alle" })).toThrow('found "alle"');
  });

  it("treat an empty variable as unset", () => {
    expect(resolveBuildOptions({ UDVALGSBRIEF_AUDIENCE: "", UDVALGSBRIEF_DATA_DIR: "" })).toMatchObject({
      audience: "public",
      dataDir: "data",
    });
  });

  it("stop on an audience that is neither public nor committee, naming the variable and the value", () => {
    expect(() => resolveBuildOptions({ UDVALGSBRIEF_AUDIENCE: "udvalg" })).toThrow(
      'UDVALGSBRIEF_AUDIENCE: expected "public" or "committee"; found "udvalg"',
    );
  });

  it("take the committee threshold only for the committee build", () => {
    const suppression = { publicThreshold: 5, committeeThreshold: 7 };
    expect(thresholdFor(suppression, "public")).toBe(5);
    expect(thresholdFor(suppression, "committee")).toBe(7);
  });
});
