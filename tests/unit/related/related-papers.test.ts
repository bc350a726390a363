import { describe, expect, it } from "vitest";
import {
  balancedSplit,
  compareRows,
  mergeRankings,
  paperTerms,
  relatedPapers,
  relatedPapersInParallel,
  similarityIndex,
  type RelatedInput,
} from "../../../src/lib/related/related-papers.ts";

const paper = (title: string, text: string, tags: string[] = []): RelatedInput => ({
  title,
  text,
  tags,
});

// Three topics, two or three papers each, and one paper about nothing the others mention.
const PAPERS = [
  paper(
    "Latent Diffusion Models for Image Synthesis",
    "We train diffusion models in the latent space of an autoencoder to synthesise images.",
    ["diffusion", "image-generation"],
  ),
  paper(
    "Quantization of Large Language Models to Four Bits",
    "Post-training quantization shrinks language model weights to four bits with little loss.",
    ["quantization", "llm"],
  ),
  paper(
    "Sim-to-Real Transfer for Robot Grasping",
    "A robot arm learns grasping in simulation with reinforcement learning and transfers to reality.",
    ["robotics", "reinforcement-learning"],
  ),
  paper(
    "Faster Sampling for Diffusion Image Models",
    "Fewer denoising steps make sampling from image diffusion models faster.",
    ["diffusion"],
  ),
  paper(
    "Four-Bit Quantization Without Calibration Data",
    "Quantization of language model weights to four bits needs no calibration data here.",
    ["quantization"],
  ),
  paper(
    "Reinforcement Learning for Dexterous Robot Hands",
    "Reinforcement learning in simulation teaches a robot hand dexterous grasping.",
    ["robotics", "reinforcement-learning"],
  ),
  paper(
    "Text-Guided Image Diffusion",
    "Text prompts guide an image diffusion model through cross-attention.",
    ["diffusion", "image-generation"],
  ),
  paper("A Census of Medieval Bridges", "Stone arches, river crossings and tolls across Europe."),
];

describe("relatedPapers", () => {
  it("finds each paper's neighbours within its own topic, most similar first", () => {
    const related = relatedPapers(PAPERS);
    expect(related[0]?.slice(0, 2)).toEqual([6, 3]);
    expect(related[3]?.slice(0, 2).sort()).toEqual([0, 6]);
    expect(related[1]?.[0]).toBe(4);
    expect(related[4]?.[0]).toBe(1);
    expect(related[2]?.[0]).toBe(5);
    expect(related[5]?.[0]).toBe(2);
  });

  it("never relates papers that share no term, and never a paper to itself", () => {
    const related = relatedPapers(PAPERS);
    expect(related[7]).toEqual([]);
    related.forEach((neighbours, index) => {
      expect(neighbours).not.toContain(index);
      expect(neighbours).not.toContain(7);
    });
  });

  it("lists at most `limit` papers", () => {
    // Twelve papers on sparse attention and twelve on something else: each has eleven candidates.
    const many = Array.from({ length: 24 }, (_, index) =>
      index < 12
        ? paper("Sparse attention", "Sparse attention for long documents.")
        : paper("Bridges", `Stone bridge number ${index}.`),
    );
    expect(
      relatedPapers(many)
        .slice(0, 12)
        .map((neighbours) => neighbours.length),
    ).toEqual(Array(12).fill(5));
    expect(relatedPapers(many, { limit: 2 })[0]).toEqual([1, 2]);
    expect(relatedPapers(many, { limit: 0 })).toEqual(many.map(() => []));
  });

  it("breaks ties in favour of the paper given first", () => {
    const twins = [
      paper("Graph neural networks", "Message passing on graphs."),
      paper("Graph neural networks", "Message passing on graphs."),
      paper("Graph neural networks", "Message passing on graphs."),
      paper("Something else entirely", "Bridges."),
    ];
    expect(relatedPapers(twins)).toEqual([[1, 2], [0, 2], [0, 1], []]);
  });

  it("lets an earlier paper take a full list's last place from a later one with the same score", () => {
    // Paper 0 meets paper 2 first (through "alpha", its first term), then paper 1 with the same score.
    const papers = [paper("Alpha beta", ""), paper("Beta", ""), paper("Alpha", "")];
    expect(relatedPapers(papers, { limit: 1 })).toEqual([[1], [0], [0]]);
  });

  it("matches a brute-force cosine similarity over every pair", () => {
    let seed = 7;
    const random = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const vocabulary = Array.from({ length: 60 }, (_, index) => `term${index.toString(36)}q`);
    const pick = (count: number) =>
      Array.from({ length: count }, () => vocabulary[Math.floor(random() ** 2 * 60)]).join(" ");
    const papers = Array.from({ length: 40 }, () =>
      paper(pick(4), pick(30), random() < 0.5 ? [`tag-${Math.floor(random() * 3)}`] : []),
    );
    expect(relatedPapers(papers)).toEqual(bruteForce(papers, 5));
  });

  it("drops terms most papers of a large collection share, so they relate no papers", () => {
    const papers = Array.from({ length: 200 }, (_, index) =>
      paper(`Paper ${index}`, index < 60 ? `common unique${index.toString(36)}z` : "unrelated"),
    );
    const pruned = relatedPapers(papers);
    expect(pruned[0]).toEqual([]);
    const kept = relatedPapers(papers, { maxDocumentShare: 0.5 });
    expect(kept[0]).toHaveLength(5);
    expect(kept[0]?.every((other) => other < 60)).toBe(true);
    const capped = relatedPapers(papers, { maxDocumentShare: 0.5, maxDocumentFrequency: 55 });
    expect(capped[0]).toEqual([]);
  });
});

// A collection of `count` papers over a small vocabulary, the same for the same seed.
function generated(count: number, seed = 7): RelatedInput[] {
  let state = seed;
  const random = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const vocabulary = Array.from({ length: 400 }, (_, index) => `term${index.toString(36)}q`);
  const pick = (words: number) =>
    Array.from({ length: words }, () => vocabulary[Math.floor(random() ** 2 * 400)]).join(" ");
  return Array.from({ length: count }, () =>
    paper(pick(5), pick(25), random() < 0.5 ? [`tag-${Math.floor(random() * 20)}`] : []),
  );
}

describe("comparisons split by rows", () => {
  const papers = generated(300);
  const index = similarityIndex(papers);

  it("find the same related papers wherever the rows are split", () => {
    const whole = relatedPapers(papers);
    for (const split of [0, 1, 37, 150, 299, 300]) {
      const parts = [compareRows(index, 5, 0, split), compareRows(index, 5, split, 300)];
      expect(mergeRankings(300, 5, parts), `split at ${split}`).toEqual(whole);
    }
    const thirds = [0, 100, 200, 300].slice(1).map((to) => compareRows(index, 5, to - 100, to));
    expect(mergeRankings(300, 5, thirds)).toEqual(whole);
  });

  it("are split where half the work is done, before half the rows", () => {
    // No term dropped, so that the work is every term each pair of papers shares.
    const unpruned = similarityIndex(papers, { maxDocumentShare: 1 });
    const terms = papers.map((item) => new Set(paperTerms(item).keys()));
    const rowWork = terms.map((own, row) =>
      terms
        .slice(row + 1)
        .reduce((sum, later) => sum + [...own].filter((term) => later.has(term)).length, 0),
    );
    const total = rowWork.reduce((sum, work) => sum + work, 0);
    const workBefore = (row: number) => rowWork.slice(0, row).reduce((sum, work) => sum + work, 0);
    const split = balancedSplit(unpruned);
    expect(workBefore(split)).toBeGreaterThanOrEqual(total / 2);
    expect(workBefore(split - 1)).toBeLessThan(total / 2);
    // Each row compares its paper with the later papers only: the first rows hold most of the work.
    expect(split).toBeLessThan(papers.length / 2);
  });
});

describe("relatedPapersInParallel", () => {
  const worker = new URL("../../../src/lib/related/related-papers-worker.ts", import.meta.url);
  // Large enough for a worker thread to take part.
  const papers = generated(4000, 11);

  it("finds what relatedPapers finds, with a worker thread", async () => {
    const parallel = await relatedPapersInParallel(papers, { limit: 5 }, worker);
    expect(parallel).toEqual(relatedPapers(papers, { limit: 5 }));
  });

  it("fails, rather than waits for ever, when the worker ends without its result", async () => {
    const silent = new URL("data:text/javascript,");
    await expect(relatedPapersInParallel(papers, {}, silent)).rejects.toThrow(
      /the related papers worker .* stopped with exit code 0 before it sent its result/,
    );
  });

  it("compares a small collection on this thread alone", async () => {
    const silent = new URL("data:text/javascript,");
    const small = generated(100);
    expect(await relatedPapersInParallel(small, {}, silent)).toEqual(relatedPapers(small));
  });
});

describe("paperTerms", () => {
  it("counts title words twice, tags three times and abstract words once", () => {
    const terms = paperTerms(paper("Mixup Geometry", "Mixup on the sphere.", ["multimodal"]));
    expect(Object.fromEntries(terms)).toEqual({
      mixup: 3,
      geometry: 2,
      sphere: 1,
      "#multimodal": 3,
    });
  });

  it("folds case, accents and plurals, and drops stop words, numbers and TeX commands", () => {
    const terms = paperTerms(
      paper("", "The Models of Ångström-scale Studies, in 2024: $\\mathbb{S}^{d-1}$ and class."),
    );
    expect([...terms.keys()]).toEqual(["model", "angstrom", "scale", "study", "class"]);
  });

  it("reads words as search does: a dotted number whole, an arXiv id as one term", () => {
    // "1.3B" is the number 1.3 and a unit, not a term "3b" shared with every "3B model".
    const terms = paperTerms(paper("", "A 1.3B model beats hep-th/9901001 at 3.5x less cost."));
    expect([...terms.keys()]).toEqual(["model", "beat", "hep-th/9901001", "less", "cost"]);
  });

  it("keeps a word whole across a soft hyphen copied from a PDF", () => {
    expect([...paperTerms(paper("", "trans\u00adformer")).keys()]).toEqual(["transformer"]);
  });

  it("keeps words written in other scripts", () => {
    expect([...paperTerms(paper("", "扩散 模型")).keys()]).toEqual(["扩散", "模型"]);
  });
});

// The definition the fast version must agree with: cosine similarity of L2-normalised TF-IDF
// vectors (sublinear term frequency) between every pair of papers.
function bruteForce(papers: readonly RelatedInput[], limit: number): number[][] {
  const counts = papers.map(paperTerms);
  const frequency = new Map<string, number>();
  for (const terms of counts) {
    for (const term of terms.keys()) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  }
  const vectors = counts.map((terms) => {
    const vector = new Map<string, number>();
    for (const [term, count] of terms) {
      vector.set(term, (1 + Math.log(count)) * Math.log(papers.length / frequency.get(term)!));
    }
    const norm = Math.hypot(...vector.values()) || 1;
    for (const [term, weight] of vector) vector.set(term, weight / norm);
    return vector;
  });
  return vectors.map((vector, index) =>
    vectors
      .map((other, otherIndex) => {
        let score = 0;
        for (const [term, weight] of vector) score += weight * (other.get(term) ?? 0);
        return { otherIndex, score };
      })
      .filter(({ otherIndex, score }) => otherIndex !== index && score > 1e-12)
      .sort((a, b) => b.score - a.score || a.otherIndex - b.otherIndex)
      .slice(0, limit)
      .map(({ otherIndex }) => otherIndex),
  );
}
