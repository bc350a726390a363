import { constants } from "node:os";

/** A command stopped by a signal: which one, and the exit code a shell expects for it. */
export class InterruptedError extends Error {
  readonly signal: NodeJS.Signals;
  readonly exitCode: number;

  constructor(signal: NodeJS.Signals) {
    super(`interrupted by ${signal}`);
    this.name = "InterruptedError";
    this.signal = signal;
    this.exitCode = 128 + (constants.signals[signal] ?? 0);
  }
}

const SIGNALS: readonly NodeJS.Signals[] = ["SIGINT", "SIGTERM"];

/**
 * Catches SIGINT and SIGTERM until released: the first aborts `signal` (its reason an
 * {@link InterruptedError}) so the command can put content back before it stops; any further one
 * only calls `onRepeat`, since dying halfway through restoring is what catching them prevents.
 */
export function catchInterrupts(onRepeat: (signal: NodeJS.Signals) => void = () => {}): {
  signal: AbortSignal;
  release: () => void;
} {
  const controller = new AbortController();
  const listener = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) onRepeat(signal);
    else controller.abort(new InterruptedError(signal));
  };
  for (const name of SIGNALS) process.on(name, listener);
  return {
    signal: controller.signal,
    release: () => {
      for (const name of SIGNALS) process.off(name, listener);
    },
  };
}

/** `work`, or a rejection with the signal's reason as soon as it aborts, whichever comes first. */
export function unlessInterrupted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(signal.reason as Error);
    if (signal.aborted) return stop();
    signal.addEventListener("abort", stop, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", stop));
  });
}
