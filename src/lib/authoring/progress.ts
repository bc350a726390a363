/** Where a command shows what it is doing while it waits. */
export interface Progress {
  /** Shows what is happening now; the next status replaces it on a terminal. */
  status: (text: string) => void;
  /** Clears the status line, before a result is printed or once the work is done. */
  done: () => void;
}

/** A stream as progress needs it: process.stderr, or anything that writes text. */
export interface ProgressOutput {
  write: (text: string) => unknown;
  isTTY?: boolean;
  columns?: number;
}

// Carriage return, then erase the whole line.
const CLEAR_LINE = "\r\x1b[2K";

/**
 * Progress for a command: on a terminal one status line redrawn in place (cut to the terminal's
 * width so it never wraps), anywhere else (CI logs, pipes) every status as a plain line.
 */
export function createProgress(output: ProgressOutput): Progress {
  if (!output.isTTY) {
    return {
      status: (text) => output.write(`${text}\n`),
      done: () => {},
    };
  }
  let current = "";
  const fit = (text: string) => {
    const width = Math.max(20, (output.columns ?? 80) - 1);
    return text.length > width ? `${text.slice(0, width - 1)}…` : text;
  };
  return {
    status: (text) => {
      current = fit(text);
      output.write(`${CLEAR_LINE}${current}`);
    },
    done: () => {
      if (current) output.write(CLEAR_LINE);
      current = "";
    },
  };
}

/** Where a command prints: results on stdout, problems on stderr, and its progress. */
export interface CommandOutput {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  progress: Progress;
  /** Prints a result line on stdout, clearing the progress line first. */
  say: (line: string) => void;
}

/** A command's output: the given writers, or the console and a progress line on the terminal's stderr. */
export function createCommandOutput(
  given: { stdout?: (line: string) => void; stderr?: (line: string) => void; progress?: Progress },
  terminal: ProgressOutput,
): CommandOutput {
  const stdout = given.stdout ?? ((line: string) => console.log(line));
  const stderr = given.stderr ?? ((line: string) => console.error(line));
  const progress = given.progress ?? createProgress(terminal);
  return {
    stdout,
    stderr,
    progress,
    say: (line) => {
      progress.done();
      stdout(line);
    },
  };
}
