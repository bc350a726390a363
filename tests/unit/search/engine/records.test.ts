import { describe, expect, it } from "vitest";
import { createRecordLoader } from "../../../../src/search/engine/records.ts";
import { memorySource } from "../../../fixtures/search/memory-source.ts";
import { SEARCH_FIXTURE } from "../../../fixtures/search/papers.ts";

describe("createRecordLoader", () => {
  it("loads the records of the papers asked for, in that order, each file once", async () => {
    const { source, loaded } = memorySource(SEARCH_FIXTURE, { recordsPerShard: 3 });
    const load = createRecordLoader(source);
    const records = await load([{ doc: 7 }, { doc: 0 }, { doc: 8 }]);
    const all = await createRecordLoader(memorySource(SEARCH_FIXTURE).source)(
      SEARCH_FIXTURE.map((_, doc) => ({ doc })),
    );
    expect(records).toEqual([all[7], all[0], all[8]]);
    expect(loaded.filter((path) => path.includes("/records/"))).toHaveLength(2);
    await load([{ doc: 6 }, { doc: 1 }]);
    expect(loaded.filter((path) => path.includes("/records/"))).toHaveLength(2);
    expect(await load([])).toEqual([]);
  });
});
