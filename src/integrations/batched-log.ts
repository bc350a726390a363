// The destination of Astro's log (astro.config.mjs `logger`): lines as Astro's own Node destination
// writes them, but written to standard output a batch at a time. A build logs two lines per page,
// each written at once by Astro's destination: 35,000 writes to the terminal or pipe at 10,000
// papers, and as many timestamps formatted, on the thread that renders the pages.
import { styleText } from "node:util";
import type { AstroLoggerDestination, AstroLoggerMessage } from "astro";

/** Written out at once when the lines waiting reach this many characters. */
const BATCH_CHARACTERS = 64 * 1024;
/** Lines wait at most this long, so that a slow step still shows where the build is. */
const BATCH_MILLISECONDS = 100;

const clock = new Intl.DateTimeFormat([], {
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hour12: false,
});

/** What a process writes log lines to: standard output and standard error, or a test's stand-ins. */
export interface LogStreams {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Colours, when the terminal shows them (Node's `util.styleText` decides). */
  color: boolean;
}

/** A log destination whose waiting lines can be written out at any time. */
export interface BatchedLog extends AstroLoggerDestination {
  write: (event: AstroLoggerMessage) => void;
  /** Writes out the lines waiting, if any. */
  flush: () => void;
  close: () => void;
}

/**
 * A log destination that formats each message as Astro's Node destination does ("12:03:04 [build]
 * message"; warnings and errors coloured and labelled) and writes standard output in batches.
 * Errors go to standard error at once, after every line logged before them.
 */
export function batchedLog(streams: LogStreams): BatchedLog {
  let waiting = "";
  let timer: NodeJS.Timeout | undefined;
  let second = -1;
  let time = "";
  const timestamp = (): string => {
    const now = Date.now();
    if (Math.floor(now / 1000) !== second) {
      second = Math.floor(now / 1000);
      time = clock.format(now);
    }
    return time;
  };
  const paint = (format: Parameters<typeof styleText>[0], text: string): string =>
    streams.color ? styleText(format, text, { validateStream: false }) : text;
  const prefix = ({ level, label }: AstroLoggerMessage): string => {
    if (level === "error" || level === "warn") {
      const parts = [paint("bold", timestamp()), `[${level.toUpperCase()}]`];
      if (label) parts.push(`[${label}]`);
      return paint(level === "error" ? "red" : "yellow", parts.join(" "));
    }
    return label
      ? `${paint("dim", timestamp())} ${paint("blue", `[${label}]`)}`
      : paint("dim", timestamp());
  };
  const flush = (): void => {
    clearTimeout(timer);
    timer = undefined;
    if (waiting === "") return;
    streams.stdout.write(waiting);
    waiting = "";
  };
  return {
    write: (event) => {
      const text =
        (event.label === "SKIP_FORMAT" ? event.message : `${prefix(event)} ${event.message}`) +
        (event.newLine ? "\n" : "");
      if (event.level === "error") {
        flush();
        streams.stderr.write(text);
        return;
      }
      waiting += text;
      if (waiting.length >= BATCH_CHARACTERS) flush();
      else timer ??= setTimeout(flush, BATCH_MILLISECONDS).unref();
    },
    flush,
    close: flush,
  };
}

/** The entry point Astro loads: standard output and error of this process, flushed at its exit. */
export default function processLog(): AstroLoggerDestination {
  const destination = batchedLog({
    stdout: process.stdout,
    stderr: process.stderr,
    color: process.stdout.hasColors?.() ?? false,
  });
  process.once("exit", destination.flush);
  return destination;
}
