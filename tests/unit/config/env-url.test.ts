import { describe, expect, it } from "vitest";
import { ConfigError } from "../../../src/lib/config/config-error.ts";
import { readEnvUrl } from "../../../src/lib/config/env-url.ts";

const EXAMPLE = "https://export.arxiv.org/api/query";

describe("readEnvUrl", () => {
  it("reads an http or https URL, and nothing when the variable is unset or empty", () => {
    expect(readEnvUrl({ API: "http://127.0.0.1:8080/q?a=1" }, "API", EXAMPLE)?.href).toBe(
      "http://127.0.0.1:8080/q?a=1",
    );
    expect(readEnvUrl({ API: "https://example.org" }, "API", EXAMPLE)?.href).toBe(
      "https://example.org/",
    );
    expect(readEnvUrl({}, "API", EXAMPLE)).toBeUndefined();
    expect(readEnvUrl({ API: "" }, "API", EXAMPLE)).toBeUndefined();
  });

  it.each(["not a url", "example.org/api", "ftp://example.org/", "mailto:a@example.org"])(
    "refuses %j in one line naming the variable and what is expected",
    (value) => {
      const read = () => readEnvUrl({ ARXIV_API_URL: value }, "ARXIV_API_URL", EXAMPLE);
      expect(read).toThrow(ConfigError);
      expect(read).toThrow(
        `ARXIV_API_URL must be an http:// or https:// URL such as ${EXAMPLE}, not ${JSON.stringify(value)}`,
      );
    },
  );
});
