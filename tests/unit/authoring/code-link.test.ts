import { describe, expect, it } from "vitest";
import { findCodeLink } from "../../../src/lib/authoring/code-link.ts";

describe("findCodeLink", () => {
  it.each([
    [
      "a trailing Code: URL",
      "We show robust adaptation. Code: https://github.com/changdaeoh/multimodal-mixup",
      "https://github.com/changdaeoh/multimodal-mixup",
    ],
    [
      "code is released at",
      "Code is released at https://github.com/OpenGVLab/LLaMA-Adapter.",
      "https://github.com/OpenGVLab/LLaMA-Adapter",
    ],
    [
      "code is available at:",
      "Code is available at: https://github.com/nbasyl/LLM-FP4.",
      "https://github.com/nbasyl/LLM-FP4",
    ],
    [
      "code and models",
      "Our code and models are available at https://huggingface.co/org/model, free.",
      "https://huggingface.co/org/model",
    ],
    [
      "codes",
      "The codes are available at https://github.com/varunakk/IMAGINATOR",
      "https://github.com/varunakk/IMAGINATOR",
    ],
    [
      "code, data and checkpoints",
      "We release our code, data, and checkpoints at https://github.com/ghrua/seqpe.",
      "https://github.com/ghrua/seqpe",
    ],
    [
      "a link in parentheses",
      "Our implementation (https://gitlab.com/group/project) is open.",
      "https://gitlab.com/group/project",
    ],
    [
      "a URL with its own parentheses",
      "Code: https://example.org/wiki/Tool_(software).",
      "https://example.org/wiki/Tool_(software)",
    ],
    [
      "a code host without the word code",
      "See https://bitbucket.org/team/repo for details.",
      "https://bitbucket.org/team/repo",
    ],
    [
      "an arXiv comment",
      "Accepted at ICML 2024; 12 pages. Code: https://github.com/a/b",
      "https://github.com/a/b",
    ],
  ])("finds %s", (_name, text, expected) => {
    expect(findCodeLink(text)).toBe(expected);
  });

  it("prefers a code host when the sentence names several links", () => {
    expect(
      findCodeLink("Code and demo: https://demo.example.org and https://github.com/x/y."),
    ).toBe("https://github.com/x/y");
    expect(
      findCodeLink(
        "Code and weights: https://huggingface.co/x/weights and https://gitlab.com/x/y.",
      ),
    ).toBe("https://gitlab.com/x/y");
  });

  it("skips a project page for the code link in the next clause", () => {
    const text =
      "We provide project page at https://haochen-rye.github.io/HNeRV, and Code at https://github.com/haochen-rye/HNeRV";
    expect(findCodeLink(text)).toBe("https://github.com/haochen-rye/HNeRV");
  });

  it.each([
    [
      "a data set link",
      "The data is available at https://huggingface.co/datasets/flagopen/InfinityMATH.",
    ],
    ["a project page", "We provide a project page at https://example.github.io/project."],
    ["an http:// link", "Code: http://github.com/x/y"],
    ["no link at all", "Code will be released upon acceptance."],
    [
      "a link in another sentence than the code",
      "Code will follow. See https://example.org/paper for the paper.",
    ],
  ])("finds nothing for %s", (_name, text) => {
    expect(findCodeLink(text)).toBeUndefined();
  });
});
