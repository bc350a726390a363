import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";

const HOLD = fileURLToPath(new URL("./hold-rename.ts", import.meta.url));

/** What an interrupted command printed and how it ended. */
export interface InterruptedRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a script in its own process group with its `rename`-th rename held, sends `signal` to the
 * whole group once the rename is held (as Ctrl-C in a terminal does), and waits for it to end.
 */
export async function runAndInterrupt(options: {
  script: string;
  args: readonly string[];
  env: Record<string, string>;
  rename: number;
  signal: NodeJS.Signals;
}): Promise<InterruptedRun> {
  const child = spawn(process.execPath, ["--import", HOLD, options.script, ...options.args], {
    detached: true,
    env: { ...process.env, ...options.env, HOLD_RENAME: String(options.rename) },
  });
  let stdout = "";
  let stderr = "";
  let sent = false;
  child.stdout.setEncoding("utf8").on("data", (text: string) => (stdout += text));
  child.stderr.setEncoding("utf8").on("data", (text: string) => {
    stderr += text;
    if (!sent && stderr.includes(`holding rename ${options.rename}\n`)) {
      sent = true;
      process.kill(-(child.pid as number), options.signal);
    }
  });
  const [code] = (await once(child, "close")) as [number | null];
  return { code, stdout, stderr };
}
