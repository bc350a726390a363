import { describe, expect, it } from "vitest";
import {
  catchInterrupts,
  InterruptedError,
  unlessInterrupted,
} from "../../../src/lib/authoring/interrupts.ts";

describe("catchInterrupts", () => {
  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)("turns %s into an aborted signal, then only reports repeats", (name, exitCode) => {
    const counts = () => [process.listenerCount("SIGINT"), process.listenerCount("SIGTERM")];
    const before = counts();
    const repeats: string[] = [];
    const { signal, release } = catchInterrupts((again) => repeats.push(again));
    process.emit(name, name);
    expect(signal.reason).toBeInstanceOf(InterruptedError);
    expect(signal.reason).toMatchObject({
      signal: name,
      exitCode,
      message: `interrupted by ${name}`,
    });
    process.emit("SIGINT", "SIGINT");
    expect(repeats).toEqual(["SIGINT"]);
    release();
    expect(counts()).toEqual(before);
  });
});

describe("unlessInterrupted", () => {
  it("gives the work's result, or the signal's reason as soon as it aborts", async () => {
    const controller = new AbortController();
    await expect(unlessInterrupted(Promise.resolve(1), controller.signal)).resolves.toBe(1);
    const never = new Promise<number>(() => undefined);
    const stopped = unlessInterrupted(never, controller.signal);
    controller.abort(new InterruptedError("SIGTERM"));
    await expect(stopped).rejects.toThrow("interrupted by SIGTERM");
    await expect(unlessInterrupted(never, controller.signal)).rejects.toThrow(InterruptedError);
  });
});
