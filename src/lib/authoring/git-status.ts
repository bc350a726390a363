/** What happened to one file since the last commit, as `git status` sees it. */
export interface FileStatus {
  /** The path from the repository's root, with `/` separators. */
  path: string;
  kind: "added" | "modified" | "removed";
}

/**
 * Reads `git status --porcelain=v1 -z` output: untracked and added files are `added`, deleted ones
 * `removed`, anything else `modified`; a rename is its old path removed and its new path added.
 */
export function parseGitStatus(output: string): FileStatus[] {
  const fields = output.split("\0");
  const files: FileStatus[] = [];
  for (let index = 0; index < fields.length; index++) {
    const field = fields[index] as string;
    if (field === "") continue;
    const code = field.slice(0, 2);
    const path = field.slice(3);
    if (!/^[ MTADRCU?!]{2} ./s.test(field)) {
      throw new Error(`git status printed an entry it does not document: ${JSON.stringify(field)}`);
    }
    if (code.includes("R") || code.includes("C")) {
      // With -z, the path the file was renamed or copied from follows as a field of its own.
      const from = fields[++index] ?? "";
      if (code.includes("R") && from !== "") files.push({ path: from, kind: "removed" });
      files.push({ path, kind: "added" });
    } else if (code === "??" || code.includes("A")) {
      files.push({ path, kind: "added" });
    } else if (code.includes("D")) {
      files.push({ path, kind: "removed" });
    } else {
      files.push({ path, kind: "modified" });
    }
  }
  return files;
}
