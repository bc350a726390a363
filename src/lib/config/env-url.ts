import { ConfigError } from "./config-error.ts";

/**
 * Reads an http:// or https:// URL from the environment variable `name` (`ARXIV_API_URL`,
 * `HF_API_URL`, `SITE_URL`); undefined when it is unset or empty. Throws an {@link ConfigError}
 * whose one-line message names the variable and gives `example` of what it should hold.
 */
export function readEnvUrl(
  env: Readonly<Record<string, string | undefined>>,
  name: string,
  example: string,
): URL | undefined {
  const value = env[name];
  if (!value) return undefined;
  const url = URL.parse(value);
  // Any other scheme (mailto:, ftp:) parses but cannot be fetched over HTTP.
  if (url?.protocol !== "https:" && url?.protocol !== "http:") {
    throw new ConfigError(
      `${name} must be an http:// or https:// URL such as ${example}, not ${JSON.stringify(value)}`,
    );
  }
  return url;
}
