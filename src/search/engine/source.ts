import type {
  PositionsShard,
  PostingsShard,
  SearchDays,
  SearchManifest,
  SearchRecord,
  TagPapers,
  VocabularyPart,
} from "../core/index-format.ts";

/** Where the engine gets the index files; the worker fetches them, tests hand them over from memory. */
export interface SearchSource {
  manifest: SearchManifest;
  vocabulary(part: number): Promise<VocabularyPart>;
  postings(shard: number): Promise<PostingsShard>;
  positions(shard: number): Promise<PositionsShard>;
  records(shard: number): Promise<SearchRecord[]>;
  days(): Promise<SearchDays>;
  tag(tag: number): Promise<TagPapers>;
}
