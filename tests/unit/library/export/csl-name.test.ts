import { describe, expect, it } from "vitest";
import { cslName } from "../../../../src/library/export/csl-name.ts";

describe("cslName", () => {
  it.each([
    { name: "José Ñúñez", expected: { family: "Ñúñez", given: "José" } },
    { name: "Zoë Müller", expected: { family: "Müller", given: "Zoë" } },
    { name: "Łukasz Kaiser", expected: { family: "Kaiser", given: "Łukasz" } },
    { name: "Lovelace, Ada", expected: { family: "Lovelace", given: "Ada" } },
    { name: "  Ada \n Lovelace ", expected: { family: "Lovelace", given: "Ada" } },
    // A particle stays with the family name, where Zotero's CSL-JSON import keeps it.
    { name: "Ludwig van Beethoven", expected: { family: "van Beethoven", given: "Ludwig" } },
    { name: "van Beethoven, Ludwig", expected: { family: "van Beethoven", given: "Ludwig" } },
    { name: "Émilie du Châtelet", expected: { family: "du Châtelet", given: "Émilie" } },
    { name: "Jean de La Fontaine", expected: { family: "de La Fontaine", given: "Jean" } },
    { name: "van Gogh", expected: { family: "van Gogh" } },
    {
      name: "Martin Luther King Jr.",
      expected: { family: "King", given: "Martin Luther", suffix: "Jr." },
    },
    {
      name: "Martin Luther King, Jr.",
      expected: { family: "King", given: "Martin Luther", suffix: "Jr." },
    },
    {
      name: "King, Jr., Martin Luther",
      expected: { family: "King", given: "Martin Luther", suffix: "Jr." },
    },
    { name: "Henry Ford III", expected: { family: "Ford", given: "Henry", suffix: "III" } },
    { name: "Plato", expected: { family: "Plato" } },
    { name: "DeepSeek-AI", expected: { family: "DeepSeek-AI" } },
    // Names Citation.js's parser throws on, or finds nothing in, are kept as written.
    { name: "II", expected: { family: "II" } },
    { name: "PhD", expected: { family: "PhD" } },
    { name: " ", expected: { literal: "" } },
  ])("splits $name", ({ name, expected }) => {
    expect(cslName(name)).toEqual(expected);
  });
});
