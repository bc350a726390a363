// Our own security check of GitHub workflow files, beside actionlint: no expression inside a shell
// script, every action pinned to a commit, and a token that can only read unless a job says more.
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Node,
  type Pair,
  type YAMLMap,
} from "yaml";

/** One thing wrong with a workflow file, where it is written. */
export interface WorkflowProblem {
  file: string;
  line: number;
  message: string;
}

// Events whose runs get a writing token and secrets while they can check out a fork's code.
const DANGEROUS_EVENTS = new Set(["pull_request_target", "workflow_run"]);
// owner/repo or owner/repo/path, at a full commit SHA.
const PINNED = /^[\w.-]+\/[\w.-]+(?:\/[^@\s]+)?@[0-9a-f]{40}$/;
// The version the SHA stands for, e.g. `# v4.2.2`, so that a reader and Dependabot know it.
const VERSION_COMMENT = /^\s*v\d+(?:\.\d+){0,2}\s*$/;

/**
 * Checks one workflow file: `permissions:` at the top that grant no write (jobs ask for their own),
 * no `${{ }}` inside a `run:` script (event text goes through `env:`), every `uses:` pinned to a
 * 40-hex commit with a `# vX.Y.Z` comment, and no `pull_request_target` or `workflow_run` trigger.
 */
export function auditWorkflow(source: string, file: string): WorkflowProblem[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter });
  const problems: WorkflowProblem[] = [];
  const lineOf = (node: Node | null | undefined) =>
    node?.range ? lineCounter.linePos(node.range[0]).line : 1;
  const report = (node: Node | null | undefined, message: string) =>
    problems.push({ file, line: lineOf(node), message });

  const root = document.contents;
  if (document.errors.length > 0 || !isMap(root)) {
    return [{ file, line: 1, message: "is not a YAML mapping of a workflow" }];
  }

  const permissions = pairOf(root, "permissions");
  if (!permissions) report(root, "declares no top-level permissions: (write `permissions: {}`)");
  else if (grantsWrite(permissions.value)) {
    report(
      permissions.key as Node,
      "grants write permissions to every job: grant them in the job that needs them",
    );
  }

  for (const event of eventsOf(pairOf(root, "on")?.value)) {
    if (DANGEROUS_EVENTS.has(event.name)) {
      report(event.node, `runs on ${event.name}, which hands a writing token to a fork's code`);
    }
  }

  visit(document, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || !isScalar(pair.value)) return;
      const value = pair.value;
      const text = String(value.value);
      if (pair.key.value === "run" && text.includes("${{")) {
        report(
          value,
          `run: interpolates ${firstExpression(text)} into a shell script; pass it through env: and write "$NAME"`,
        );
      }
      if (pair.key.value === "uses") checkUses(text, value.comment, value, report);
    },
  });
  return problems;
}

function checkUses(
  uses: string,
  comment: string | null | undefined,
  node: Node,
  report: (node: Node, message: string) => void,
): void {
  // A local action or workflow of this repository is reviewed with it.
  if (uses.startsWith("./")) return;
  if (!PINNED.test(uses)) {
    report(node, `uses: ${uses} is not pinned to a full 40-character commit SHA`);
  } else if (!VERSION_COMMENT.test(comment ?? "")) {
    report(node, `uses: ${uses} has no version comment such as "# v4.2.2" after the SHA`);
  }
}

function pairOf(map: YAMLMap, key: string): Pair<unknown, unknown> | undefined {
  return map.items.find((pair) => isScalar(pair.key) && pair.key.value === key);
}

function grantsWrite(value: unknown): boolean {
  if (isScalar(value)) return value.value === "write-all";
  return (
    isMap(value) && value.items.some((pair) => isScalar(pair.value) && pair.value.value === "write")
  );
}

function eventsOf(on: unknown): { name: string; node: Node }[] {
  if (isScalar(on)) return [{ name: String(on.value), node: on }];
  if (isSeq(on)) return on.items.flatMap((item) => (isScalar(item) ? eventsOf(item) : []));
  if (isMap(on)) {
    return on.items.flatMap((pair) =>
      isPair(pair) && isScalar(pair.key) ? [{ name: String(pair.key.value), node: pair.key }] : [],
    );
  }
  return [];
}

function firstExpression(text: string): string {
  return /\$\{\{.*?\}\}/s.exec(text)?.[0] ?? "${{";
}
