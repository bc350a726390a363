import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BUILD_TIMEOUT_MS, buildSite, projectRoot, removeBuild } from "./support/build-site.ts";

const papersDir = "tests/fixtures/invalid/papers";
const outDir = "dist-test-invalid";

const file = (pathInCollection: string) => `${papersDir}/${pathInCollection}`;

// One line per invalid fixture: `file:line:column  field  message`, as the build must print it.
const expectedLines = [
  `${file("2025/07/30/missing-title.mdx")}:2:1  title  is required: the paper's title`,
  `${file("2025/02/30/bad-date.mdx")}:1:1  path  folders 2025/02/30 are not a real day (YYYY/MM/DD)`,
  `${file("2025/07/30/bad-arxiv.mdx")}:4:1  arxiv  must be an arXiv id such as 2307.03381, 2307.03381v2 or hep-th/9901001`,
  `${file("2025/07/30/http-link.mdx")}:5:3  links.code  must be an https:// URL`,
  `${file("2025/07/30/unknown-field.mdx")}:3:1  autors  is not a known field; did you mean "authors"? known fields: title, authors, arxiv, published, doi, journal, links, tags, upvotes, submitter, thumbnail`,
  `${file("2025/07/30/same-id.mdx")}:1:1  path  id "same-id" is already used by ${file("2025/07/29/same-id.mdx")}`,
];

afterAll(() => removeBuild(outDir));

describe("building a collection with invalid papers", () => {
  it(
    "fails and reports every invalid file in one build, each line naming file, field and expectation",
    () => {
      const build = buildSite({ papersDir, outDir });
      const { output } = build;
      const outputLines = output.split(/\r?\n/).map((line) => line.trim());

      expect(build.status, output).not.toBe(0);
      expect(build.status, output).not.toBeNull();
      for (const line of expectedLines) expect(outputLines, output).toContain(line);
      // The misspelt field also leaves the required one missing.
      expect(outputLines).toContain(
        `${file("2025/07/30/unknown-field.mdx")}:2:1  authors  is required: a list of author names, e.g. ["Ada Lovelace"], or [] when unknown`,
      );
      expect(output).toContain("7 problems in 6 paper files:");
      // The valid paper and the first of the two same-id files are not blamed.
      expect(output).not.toMatch(/2307\.03381\.mdx:\d+:\d+/);
      expect(output).not.toMatch(/2025\/07\/29\/same-id\.mdx:\d+:\d+/);
      expect(existsSync(path.join(projectRoot, outDir, "index.html"))).toBe(false);
    },
    BUILD_TIMEOUT_MS,
  );
});
