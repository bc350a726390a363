// Preloaded into a papers:add or papers:import child (`node --import`): holds the writer's
// HOLD_RENAME-th rename until the process gets SIGINT or SIGTERM, so a test can interrupt a batch
// at the write step without a timing. Says "holding rename N" on stderr when it holds.
import fsPromises from "node:fs/promises";
import { syncBuiltinESMExports } from "node:module";

const target = Number(process.env["HOLD_RENAME"]);
const rename = fsPromises.rename;
let calls = 0;

fsPromises.rename = async (from, to) => {
  calls++;
  if (calls === target) {
    await new Promise<void>((resolve) => {
      // Nothing else keeps the event loop alive while the writer waits on this rename.
      const alive = setInterval(() => undefined, 1 << 30);
      const release = () => {
        clearInterval(alive);
        resolve();
      };
      process.once("SIGINT", release);
      process.once("SIGTERM", release);
      process.stderr.write(`holding rename ${calls}\n`);
    });
  }
  return rename(from, to);
};
// `import * as fs from "node:fs/promises"` in the writer sees the patched function.
syncBuiltinESMExports();
