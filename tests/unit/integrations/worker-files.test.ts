import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { workerFiles } from "../../../src/integrations/worker-files.ts";

/** The scripts the integration injects for `command`, by stage. */
function injected(command: string): [string, string][] {
  const scripts: [string, string][] = [];
  const setup = workerFiles().hooks["astro:config:setup"] as unknown as (options: {
    command: string;
    injectScript: (stage: string, content: string) => void;
  }) => void;
  setup({ command, injectScript: (stage, content) => scripts.push([stage, content]) });
  return scripts;
}

describe("workerFiles", () => {
  it("starts the workers' files from every page module of a build", () => {
    const scripts = injected("build");
    expect(scripts).toHaveLength(1);
    const [stage, content] = scripts[0] ?? [];
    expect(stage).toBe("page-ssr");
    const module = /^import \{ startWorkerFiles \} from "([^"]+)";\nstartWorkerFiles\(\);$/.exec(
      content ?? "",
    );
    expect(module?.[1]).toMatch(/\/src\/data\/worker-files\.ts$/);
    expect(existsSync(module?.[1] ?? "")).toBe(true);
  });

  it.each(["dev", "preview", "sync"])("starts nothing for astro %s", (command) => {
    expect(injected(command)).toEqual([]);
  });
});
