/**
 * A setting in site.config.ts or in an environment variable cannot be used. Its message is one line
 * that names the setting and says what is expected, and is all a command prints of it.
 */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}
