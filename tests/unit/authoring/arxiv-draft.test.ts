import { readFileSync } from "node:fs";
import { fromHtml } from "hast-util-from-html";
import { toText } from "hast-util-to-text";
import { describe, expect, it } from "vitest";
import { parseArxivFeed, type ArxivEntry } from "../../../src/lib/authoring/arxiv-atom.ts";
import { arxivEntryToDraft, categoryTag } from "../../../src/lib/authoring/arxiv-draft.ts";
import { serializePaper } from "../../../src/lib/authoring/paper-writer.ts";
import { renderAbstract } from "../../../src/lib/content/render-abstract.ts";
import { checkPaperFile } from "../../../src/lib/content/check-paper.ts";

const entries = (name: string): ArxivEntry[] =>
  parseArxivFeed(readFileSync(new URL(`../../fixtures/arxiv/${name}`, import.meta.url), "utf8"))
    .entries;

const entry = (name: string): ArxivEntry => entries(name)[0] as ArxivEntry;

describe("categoryTag", () => {
  it.each([
    ["cs.CV", "cs-cv"],
    ["hep-th", "hep-th"],
    ["math.AG", "math-ag"],
    ["physics.comp-ph", "physics-comp-ph"],
    ["stat.ML", "stat-ml"],
  ])("turns %s into %s", (category, tag) => expect(categoryTag(category)).toBe(tag));
});

describe("arxivEntryToDraft", () => {
  it("maps a paper's metadata, the code link of its comment and its primary category", () => {
    const { draft, notes } = arxivEntryToDraft(entry("2307.03381.xml"), {
      day: "2025-08-01",
      tags: ["multimodal"],
    });
    expect(notes).toEqual([]);
    expect(draft.day).toBe("2025-08-01");
    expect(draft.origin).toBe("arXiv 2307.03381");
    expect(draft.frontmatter).toEqual({
      title: "Geodesic Multi-Modal Mixup for Robust Fine-Tuning",
      authors: [
        "Changdae Oh",
        "Junhyuk So",
        "Hoyoon Byun",
        "YongTaek Lim",
        "Minchul Shin",
        "Jong-June Jeon",
        "Kyungwoo Song",
      ],
      arxiv: "2307.03381v2",
      published: "2023-07-07",
      links: { code: "https://github.com/changdaeoh/multimodal-mixup" },
      tags: ["cs-cv", "multimodal"],
    });
    expect(draft.abstractMdx).toMatch(/^Pre-trained multi-modal models such as CLIP provide/);
    expect(draft.abstractMdx).not.toContain("\n");
  });

  it("normalizes whitespace in titles and finds a code link in the comment's sentence", () => {
    const [dpo, mamba, mixtral] = entries("several.xml").map(
      (item) => arxivEntryToDraft(item, { day: "2025-08-01" }).draft.frontmatter,
    );
    expect(dpo?.title).toBe(
      "Direct Preference Optimization: Your Language Model is Secretly a Reward Model",
    );
    expect(dpo?.links).toBeUndefined();
    expect(mamba?.links).toEqual({ code: "https://github.com/state-spaces/mamba" });
    // A page about the model is not its code.
    expect(mixtral?.links).toBeUndefined();
  });

  it("keeps the DOI and journal reference of an old-style paper", () => {
    const { draft } = arxivEntryToDraft(entry("hep-th-9711200.xml"), { day: "2025-08-01" });
    expect(draft.frontmatter).toMatchObject({
      arxiv: "hep-th/9711200v3",
      published: "1997-11-27",
      doi: "10.1023/A:1026654312961",
      journal: "Adv.Theor.Math.Phys.2:231-252,1998; Int.J.Theor.Phys.38:1113-1133,1999",
      tags: ["hep-th"],
    });
  });

  it("keeps math as math and renders every other character as written", () => {
    const { draft } = arxivEntryToDraft(entry("math.xml"), { day: "2025-08-01" });
    const rendered = renderAbstract(draft.abstractMdx);
    expect(rendered.problems).toEqual([]);
    expect(rendered.hasMath).toBe(true);
    expect(rendered.html).toContain('class="katex"');
    const text = toText(fromHtml(rendered.html, { fragment: true }));
    expect(text).toContain(
      "Earlier methods needed k < n/2 heads and a parameter set {a, b} chosen",
    );
    expect(text).toContain("A run costs between $5 and $10 on a cloud GPU.");
    expect(text).toContain("Use <script> tags at your peril.");
    expect(rendered.html).not.toContain("<script>");
  });

  it("keeps arXiv's ranges and signs before a digit, 1$-$2% and $\\sim$5, as math", () => {
    const signs = { ...entry("math.xml"), summary: "Gains of 1$-$2% in $\\sim$5 runs." };
    const { draft, notes } = arxivEntryToDraft(signs, { day: "2025-08-01" });
    expect(notes).toEqual([]);
    expect(draft.abstractMdx).toBe("Gains of 1$-$2% in $\\sim$5 runs.");
    const rendered = renderAbstract(draft.abstractMdx);
    expect(rendered.problems).toEqual([]);
    expect(rendered.html).toContain('class="katex"');
    expect(toText(fromHtml(rendered.html, { fragment: true }))).not.toContain("$");
  });

  it("gives a file that passes validation", () => {
    for (const name of ["2307.03381.xml", "several.xml", "hep-th-9711200.xml", "math.xml"]) {
      for (const item of entries(name)) {
        const { draft } = arxivEntryToDraft(item, { day: "2025-08-01" });
        const id = item.id.replace("/", "-");
        const check = checkPaperFile({
          file: `${id}.mdx`,
          pathInCollection: `2025/08/01/${id}.mdx`,
          source: serializePaper(draft),
          siblingExists: () => false,
        });
        expect(check.problems, id).toEqual([]);
      }
    }
  });

  it("keeps math that KaTeX cannot render as plain text, and says so", () => {
    const broken = { ...entry("math.xml"), summary: "We use $\\citep{x}$ bounds." };
    const { draft, notes } = arxivEntryToDraft(broken, { day: "2025-08-01" });
    expect(draft.abstractMdx).toBe("We use \\$\\citep\\{x\\}\\$ bounds.");
    expect(notes).toEqual([
      expect.stringMatching(
        /^its math is kept as plain text, since KaTeX cannot render it: math does not render: .*\\citep/,
      ),
    ]);
  });

  it("lists a tag given twice once, and leaves out a date that is not a day", () => {
    const odd = { ...entry("2307.03381.xml"), published: "" };
    const { draft } = arxivEntryToDraft(odd, { day: "2025-08-01", tags: ["cs-cv", "ml"] });
    expect(draft.frontmatter.tags).toEqual(["cs-cv", "ml"]);
    expect(draft.frontmatter).not.toHaveProperty("published");
  });
});
