// Imported first by each command (scripts/*.ts), before site.config.ts runs its checks, so that a
// mistaken setting ends the command with its one-line message rather than a stack trace.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigError } from "./config-error.ts";

const SCRIPTS = fileURLToPath(new URL("../../../scripts", import.meta.url));
const entry = process.argv[1] ? path.resolve(process.argv[1]) : "";

// Only when a command runs on its own: a test runner that imports one keeps its own error handling.
if (path.dirname(entry) === SCRIPTS) {
  process.on("uncaughtException", (error) => {
    const command = process.env["npm_lifecycle_event"] ?? path.basename(entry, ".ts");
    console.error(error instanceof ConfigError ? `${command}: ${error.message}` : error);
    process.exit(1);
  });
}
