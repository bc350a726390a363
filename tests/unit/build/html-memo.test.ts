import { describe, expect, it } from "vitest";
import { renderedOnce } from "../../../src/lib/build/html-memo.ts";

function counting(html: string) {
  const render = () => {
    render.calls++;
    return Promise.resolve(html);
  };
  render.calls = 0;
  return render;
}

describe("renderedOnce", () => {
  it("renders an item once per variant and gives every later caller the same HTML", async () => {
    const paper = { id: "2507.00001" };
    const card = counting("<article>card</article>");
    expect(await renderedOnce(paper, "card", card)).toBe("<article>card</article>");
    expect(await renderedOnce(paper, "card", card)).toBe("<article>card</article>");
    expect(card.calls).toBe(1);
  });

  it("keeps variants and items apart", async () => {
    const first = { id: "2507.00001" };
    const second = { id: "2507.00002" };
    expect(await renderedOnce(first, "h2", counting("<h2>first</h2>"))).toBe("<h2>first</h2>");
    expect(await renderedOnce(first, "h3", counting("<h3>first</h3>"))).toBe("<h3>first</h3>");
    expect(await renderedOnce(second, "h2", counting("<h2>second</h2>"))).toBe("<h2>second</h2>");
    expect(await renderedOnce(first, "h2", counting("<h2>other</h2>"))).toBe("<h2>first</h2>");
  });

  it("renders once when two pages ask for the same item at the same time", async () => {
    const paper = { id: "2507.00003" };
    const card = counting("<article>once</article>");
    const both = await Promise.all([
      renderedOnce(paper, "card", card),
      renderedOnce(paper, "card", card),
    ]);
    expect(both).toEqual(["<article>once</article>", "<article>once</article>"]);
    expect(card.calls).toBe(1);
  });

  it("returns what the render gave as a string, characters outside Latin-1 included", async () => {
    const paper = { id: "2507.00004" };
    const html = "<p>▲ 12 · Søren Ødegård · 深度学习 · 𝔼[x]</p>";
    const rendered = await renderedOnce(paper, "card", () =>
      Promise.resolve(Object.assign(new String(html), { marked: true })),
    );
    expect(typeof rendered).toBe("string");
    expect(rendered).toBe(html);
  });
});
