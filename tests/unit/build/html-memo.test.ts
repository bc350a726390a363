import { describe, expect, it } from "vitest";
import { htmlMemo, renderedOnce } from "../../../src/lib/build/html-memo.ts";

function counting(html: string) {
  const render = () => {
    render.calls++;
    return Promise.resolve(html);
  };
  render.calls = 0;
  return render;
}

// Stand-ins for two Astro components: htmlMemo tells components apart by identity.
const PaperCard = () => undefined;
const RelatedPaper = () => undefined;

describe("htmlMemo", () => {
  it("gives the same component with equal props the same memo, whatever the order of the props", () => {
    expect(htmlMemo(PaperCard, { headingLevel: 3, compact: true })).toBe(
      htmlMemo(PaperCard, { compact: true, headingLevel: 3 }),
    );
  });

  it.each([
    ["another value of a prop", PaperCard, { headingLevel: 2 }],
    ["one more prop", PaperCard, { headingLevel: 3, compact: true }],
    ["another component with the same props", RelatedPaper, { headingLevel: 3 }],
  ] as const)("keeps apart the HTML of %s", async (_, component, props) => {
    const paper = { id: "2507.00010" };
    const first = htmlMemo(PaperCard, { headingLevel: 3 });
    const second = htmlMemo(component, props);
    expect(await renderedOnce(first, paper, counting("<h3>first</h3>"))).toBe("<h3>first</h3>");
    // A page rendering the paper differently renders it again rather than reusing the first HTML.
    const other = counting("<h2>other</h2>");
    expect(await renderedOnce(second, paper, other)).toBe("<h2>other</h2>");
    expect(other.calls).toBe(1);
  });
});

describe("renderedOnce", () => {
  it("renders an item once and gives every later caller the same HTML", async () => {
    const memo = htmlMemo(PaperCard, { headingLevel: 3 });
    const paper = { id: "2507.00001" };
    const card = counting("<article>card</article>");
    expect(await renderedOnce(memo, paper, card)).toBe("<article>card</article>");
    expect(await renderedOnce(memo, paper, card)).toBe("<article>card</article>");
    expect(card.calls).toBe(1);
  });

  it("keeps items apart", async () => {
    const memo = htmlMemo(PaperCard, { headingLevel: 2 });
    const first = { id: "2507.00001" };
    const second = { id: "2507.00002" };
    expect(await renderedOnce(memo, first, counting("<h2>first</h2>"))).toBe("<h2>first</h2>");
    expect(await renderedOnce(memo, second, counting("<h2>second</h2>"))).toBe("<h2>second</h2>");
    expect(await renderedOnce(memo, first, counting("<h2>other</h2>"))).toBe("<h2>first</h2>");
  });

  it("renders once when two pages ask for the same item at the same time", async () => {
    const memo = htmlMemo(RelatedPaper, {});
    const paper = { id: "2507.00003" };
    const card = counting("<article>once</article>");
    const both = await Promise.all([
      renderedOnce(memo, paper, card),
      renderedOnce(memo, paper, card),
    ]);
    expect(both).toEqual(["<article>once</article>", "<article>once</article>"]);
    expect(card.calls).toBe(1);
  });

  it("returns what the render gave as a string, characters outside Latin-1 included", async () => {
    const paper = { id: "2507.00004" };
    const html = "<p>▲ 12 · Søren Ødegård · 深度学习 · 𝔼[x]</p>";
    const rendered = await renderedOnce(htmlMemo(RelatedPaper, {}), paper, () =>
      Promise.resolve(Object.assign(new String(html), { marked: true })),
    );
    expect(typeof rendered).toBe("string");
    expect(rendered).toBe(html);
  });
});
