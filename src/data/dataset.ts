import { accomplishments, agencies, changelog, events, license, people, recommendations, sources, stats, title, version } from '../../data/dataset.json';
import type { Dataset } from './schema.ts';

// The bundled dataset, which `npm run data` has verified against the schema and its sources, one
// collection at a time: an element imports the collections it shows, and a bundler that builds one
// element's entry ships only that share of the data.
export const bundledSources = sources as Dataset['sources'];
export const bundledAgencies = agencies as Dataset['agencies'];
export const bundledPeople = people as Dataset['people'];
export const bundledStats = stats as Dataset['stats'];
export const bundledEvents = events as Dataset['events'];
export const bundledAccomplishments = accomplishments as Dataset['accomplishments'];
export const bundledRecommendations = recommendations as Dataset['recommendations'];

/** What a citation of the bundled dataset names: its title, version, licence and latest change. */
const release: Pick<Dataset, 'title' | 'version' | 'license' | 'changelog'> = { title, version, license, changelog: changelog.slice(0, 1) };

/** A dataset of the given collections, the others empty, with the bundled release: what one element needs of the bundled data. */
export const datasetShare = (share: Partial<Dataset>): Dataset => ({
  ...release,
  sources: [],
  agencies: [],
  people: [],
  stats: [],
  events: [],
  accomplishments: [],
  recommendations: [],
  ...share,
});

/** The whole bundled dataset. */
export const bundledDataset: Dataset = {
  ...release,
  changelog: changelog as Dataset['changelog'],
  sources: bundledSources,
  agencies: bundledAgencies,
  people: bundledPeople,
  stats: bundledStats,
  events: bundledEvents,
  accomplishments: bundledAccomplishments,
  recommendations: bundledRecommendations,
};
