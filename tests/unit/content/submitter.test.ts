import { describe, expect, it } from "vitest";
import { submitterProfile } from "../../../src/lib/content/submitter.ts";

describe("submitterProfile", () => {
  it.each([
    ["octocat", { site: "GitHub", username: "octocat", url: "https://github.com/octocat" }],
    [
      "huggingface:akhaliq",
      { site: "Hugging Face", username: "akhaliq", url: "https://huggingface.co/akhaliq" },
    ],
    [
      "huggingface:Jane_Doe.42",
      { site: "Hugging Face", username: "Jane_Doe.42", url: "https://huggingface.co/Jane_Doe.42" },
    ],
  ])("links %s to its profile", (value, profile) => {
    expect(submitterProfile(value)).toEqual(profile);
  });

  it.each([
    "octo_cat",
    "-octo",
    "huggingface:",
    "huggingface:a/b",
    "huggingface:../x",
    "hf:akhaliq",
  ])("names no profile for %j", (value) => expect(submitterProfile(value)).toBeUndefined());
});
