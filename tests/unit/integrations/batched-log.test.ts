import { execFileSync } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { stripVTControlCharacters } from "node:util";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { batchedLog } from "../../../src/integrations/batched-log.ts";
import type { AstroLoggerMessage } from "astro";

function streams(color = false) {
  const writes: { stream: "stdout" | "stderr"; text: string }[] = [];
  return {
    writes,
    streams: {
      stdout: { write: (text: string) => writes.push({ stream: "stdout", text }) },
      stderr: { write: (text: string) => writes.push({ stream: "stderr", text }) },
      color,
    },
  };
}

function message(overrides: Partial<AstroLoggerMessage>): AstroLoggerMessage {
  return { label: "build", level: "info", message: "Complete!", newLine: true, ...overrides };
}

const TIME = String.raw`\d\d:\d\d:\d\d`;

describe("batchedLog", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("writes lines as Astro's own destination formats them", () => {
    const { writes, streams: out } = streams();
    const log = batchedLog(out);
    log.write(message({}));
    log.write(
      message({ label: null, message: "  ├─ /papers/2507.00001/index.html", newLine: false }),
    );
    log.write(message({ label: "SKIP_FORMAT", message: " (+12ms) " }));
    log.write(message({ level: "warn", label: "content", message: "one paper has no tags" }));
    log.flush();
    expect(writes).toHaveLength(1);
    expect(writes[0]?.text).toMatch(
      new RegExp(
        `^${TIME} \\[build\\] Complete!\\n` +
          `${TIME}   ├─ /papers/2507\\.00001/index\\.html \\(\\+12ms\\) \\n` +
          `${TIME} \\[WARN\\] \\[content\\] one paper has no tags\\n$`,
      ),
    );
  });

  it("colours the timestamp and label only when the terminal shows colours", () => {
    const plain = streams(false);
    const coloured = streams(true);
    for (const { streams: out } of [plain, coloured]) {
      const log = batchedLog(out);
      log.write(message({}));
      log.flush();
    }
    expect(plain.writes[0]?.text).toBe(stripVTControlCharacters(plain.writes[0]?.text ?? ""));
    expect(coloured.writes[0]?.text).not.toBe(coloured.writes[0]?.text.replace(/\u001b/g, ""));
    expect(stripVTControlCharacters(coloured.writes[0]?.text ?? "")).toBe(plain.writes[0]?.text);
  });

  it("holds lines until a tenth of a second has passed", () => {
    const { writes, streams: out } = streams();
    const log = batchedLog(out);
    log.write(message({ message: "one" }));
    log.write(message({ message: "two" }));
    vi.advanceTimersByTime(99);
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(writes).toHaveLength(1);
    expect(writes[0]?.text).toMatch(new RegExp(`one\\n${TIME} \\[build\\] two\\n$`));
  });

  it("writes at once when 64 KiB of lines are waiting", () => {
    const { writes, streams: out } = streams();
    const log = batchedLog(out);
    log.write(message({ label: "SKIP_FORMAT", message: "x".repeat(64 * 1024 - 2) }));
    expect(writes).toEqual([]);
    log.write(message({ label: "SKIP_FORMAT", message: "y" }));
    expect(writes.map(({ text }) => text.length)).toEqual([64 * 1024 + 1]);
  });

  it("writes an error to standard error at once, after every line logged before it", () => {
    const { writes, streams: out } = streams();
    const log = batchedLog(out);
    log.write(message({ message: "before" }));
    log.write(
      message({ level: "error", label: "build", message: "papers/a.mdx: title is missing" }),
    );
    expect(writes.map(({ stream }) => stream)).toEqual(["stdout", "stderr"]);
    expect(writes[0]?.text).toMatch(/before\n$/);
    expect(writes[1]?.text).toMatch(
      new RegExp(`^${TIME} \\[ERROR\\] \\[build\\] papers/a\\.mdx: title is missing\\n$`),
    );
    vi.runAllTimers();
    expect(writes).toHaveLength(2);
  });

  // Astro imports the entry point with Node itself, not Vite, and falls back to its own logger
  // without a word when that fails.
  it("is the logger astro.config.mjs names, and Node loads it as Astro does", async () => {
    const { default: config } = await import("../../../astro.config.mjs");
    const entrypoint = config.logger?.entrypoint;
    expect(entrypoint).toBe("./src/integrations/batched-log.ts");
    const url = pathToFileURL(path.resolve(String(entrypoint))).href;
    const loaded = execFileSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `console.log(typeof (await import(${JSON.stringify(url)})).default)`,
      ],
      { encoding: "utf8" },
    );
    expect(loaded.trim()).toBe("function");
  });

  it("writes nothing when nothing waits", () => {
    const { writes, streams: out } = streams();
    const log = batchedLog(out);
    log.flush();
    void log.close?.();
    expect(writes).toEqual([]);
  });
});
