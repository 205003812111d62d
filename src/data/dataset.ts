import { accomplishments, agencies, events, people, recommendations, sources, stats } from '../../data/dataset.json';
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

/** A dataset of the given collections, the others empty: what one element needs of the bundled data. */
export const datasetShare = (share: Partial<Dataset>): Dataset => ({
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
  sources: bundledSources,
  agencies: bundledAgencies,
  people: bundledPeople,
  stats: bundledStats,
  events: bundledEvents,
  accomplishments: bundledAccomplishments,
  recommendations: bundledRecommendations,
};
