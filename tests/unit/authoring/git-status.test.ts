import { describe, expect, it } from "vitest";
import { parseGitStatus } from "../../../src/lib/authoring/git-status.ts";

describe("parseGitStatus", () => {
  it("reads untracked, added, modified and deleted files", () => {
    const output = [
      "?? content/papers/2025/07/31/2507.00001.mdx",
      "A  content/papers/2025/07/31/2507.00002.mdx",
      " M content/papers/2025/07/30/2507.00003.mdx",
      "MM content/papers/2025/07/30/2507.00004.mdx",
      " D content/papers/2025/07/29/2507.00005.mdx",
      "D  content/papers/2025/07/29/2507.00006.mdx",
      "",
    ].join("\0");
    expect(parseGitStatus(output)).toEqual([
      { path: "content/papers/2025/07/31/2507.00001.mdx", kind: "added" },
      { path: "content/papers/2025/07/31/2507.00002.mdx", kind: "added" },
      { path: "content/papers/2025/07/30/2507.00003.mdx", kind: "modified" },
      { path: "content/papers/2025/07/30/2507.00004.mdx", kind: "modified" },
      { path: "content/papers/2025/07/29/2507.00005.mdx", kind: "removed" },
      { path: "content/papers/2025/07/29/2507.00006.mdx", kind: "removed" },
    ]);
  });

  it("reads a rename as its old path removed and its new path added", () => {
    expect(parseGitStatus("R  new.mdx\0old.mdx\0?? other.mdx\0")).toEqual([
      { path: "old.mdx", kind: "removed" },
      { path: "new.mdx", kind: "added" },
      { path: "other.mdx", kind: "added" },
    ]);
  });

  it("keeps paths with spaces, quotes and newlines as they are", () => {
    expect(parseGitStatus('?? a "b"\nc.mdx\0')).toEqual([{ path: 'a "b"\nc.mdx', kind: "added" }]);
  });

  it("reads nothing from a clean tree", () => {
    expect(parseGitStatus("")).toEqual([]);
  });

  it("refuses what is not porcelain output", () => {
    expect(() => parseGitStatus("On branch main\0")).toThrow(
      'git status printed an entry it does not document: "On branch main"',
    );
  });
});
