// Run as its own process (a V8 flag, once set, stays set): allocates buffers the way a build's pages
// do, each held while later ones are made, and prints how many full garbage collections it took.
// Usage: held-buffers.ts <pages> [--as-build], the latter to start the build-garbage-collection
// integration's build first.
import { PerformanceObserver, constants, type NodeGCPerformanceDetail } from "node:perf_hooks";
import { setImmediate } from "node:timers/promises";
import { buildGarbageCollection } from "../../src/integrations/build-garbage-collection.ts";

const pages = Number(process.argv[2]);
if (process.argv[3] === "--as-build") {
  const start = buildGarbageCollection().hooks["astro:build:start"];
  await (start as () => Promise<void> | void)();
}

let fullCollections = 0;
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const { detail } = entry as PerformanceEntry & { detail: NodeGCPerformanceDetail };
    if (detail.kind === constants.NODE_PERFORMANCE_GC_MAJOR) fullCollections += 1;
  }
});
observer.observe({ entryTypes: ["gc"] });

// A page's worth of bytes each, 64 held at a time, with enough short-lived objects between them
// for minor collections to move the held ones to the old generation.
const held: Uint8Array[] = [];
let last: { index: number; list: number[] } | undefined;
for (let page = 0; page < pages; page++) {
  held.push(new Uint8Array(100_000));
  if (held.length > 64) held.shift();
  for (let index = 0; index < 2000; index++) last = { index, list: [index] };
  await setImmediate();
}
await setImmediate();
observer.disconnect();
console.log(JSON.stringify({ fullCollections, objects: last ? last.index + 1 : 0 }));
