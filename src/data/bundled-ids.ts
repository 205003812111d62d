// Written by `npm run data` from data/dataset.json; `npm run data -- --check` fails when it is stale.

/** Any other id: keeps a union of known ids open without losing its completions (`string & {}`). */
export type OwnId = string & {};

/** A stat id of the bundled dataset. */
export type BundledStatId = 'victims-worldwide-2012' | 'defendants-charged' | 'prosecutions-rise' | 'hotline-calls-increase' | 'hotline-calls' | 'hotline-cases-reported' | 'grant-countries' | 'anti-trafficking-law-countries' | 'protocol-parties' | 'slavery-footprint-users' | 'trafficking-profits' | 'forced-labor-victims-ilo';

/** An agency id or acronym of the bundled dataset. */
export type BundledAgencyId = 'pitf' | 'PITF' | 'white-house' | 'national-security-staff' | 'omb' | 'OMB' | 'state' | 'office-civilian-security' | 'tip-office' | 'justice' | 'DOJ' | 'labor' | 'DOL' | 'hhs' | 'HHS' | 'homeland-security' | 'DHS' | 'transportation' | 'DOT' | 'defense' | 'education' | 'cfr' | 'CFR' | 'ilo' | 'ILO';

/** A meeting (an event of kind `meeting`) of the bundled dataset. */
export type BundledMeetingId = 'annual-meeting-2012' | 'annual-meeting-2016';

/** A source id of the bundled dataset. */
export type BundledSourceId = 'cnn-2012-03-15' | 'iip-2012-03-16' | 'voa-2012' | 'tcr-2021-cfr-report' | 'dipnote-2016-10-24';

/** A recommendation topic of the bundled dataset. */
export type BundledTopic = 'forced-labor' | 'migration' | 'supply-chains' | 'cybercrime' | 'global-leadership' | 'prevention-and-enforcement';
