import type { Agency, Dataset, Person, Source, Stat, TimelineEvent } from './schema.ts';

const byId = <T extends { id: string }>(entries: T[]) => new Map(entries.map((entry) => [entry.id, entry]));

/** A dataset with its entries looked up by id, built once per dataset object. */
export class DatasetIndex {
  readonly sources: Map<string, Source>;
  readonly agencies: Map<string, Agency>;
  readonly people: Map<string, Person>;
  readonly stats: Map<string, Stat>;
  readonly events: Map<string, TimelineEvent>;

  private static cache = new WeakMap<Dataset, DatasetIndex>();

  static for(dataset: Dataset): DatasetIndex {
    let index = DatasetIndex.cache.get(dataset);
    if (!index) DatasetIndex.cache.set(dataset, (index = new DatasetIndex(dataset)));
    return index;
  }

  private constructor(readonly dataset: Dataset) {
    this.sources = byId(dataset.sources);
    this.agencies = byId(dataset.agencies);
    this.people = byId(dataset.people);
    this.stats = byId(dataset.stats);
    this.events = byId(dataset.events);
  }
}
