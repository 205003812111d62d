import { toJsonSchema } from '@valibot/to-json-schema';
import * as schema from '../../src/data/schema.ts';

/** data/dataset.schema.json, derived from the one valibot schema. */
export function datasetJsonSchema() {
  return {
    ...toJsonSchema(schema.DatasetSchema, {
      // A JSON number cannot be infinite, so `finite` has nothing to add.
      ignoreActions: ['finite'],
      definitions: {
        Citation: schema.CitationSchema,
        PartialDate: schema.PartialDateSchema,
        Source: schema.SourceSchema,
        Agency: schema.AgencySchema,
        Person: schema.PersonSchema,
        Stat: schema.StatSchema,
        TimelineEvent: schema.EventSchema,
        Accomplishment: schema.AccomplishmentSchema,
        Recommendation: schema.RecommendationSchema,
      },
    }),
    title: 'tip-widgets dataset',
    description: 'A dataset for the tip-widgets elements. Every figure, event, accomplishment and recommendation cites a verbatim quote from one of its sources.',
  };
}
