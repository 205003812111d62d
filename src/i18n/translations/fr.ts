import { formatCount, plural } from '../plural.ts';
import { registerTranslation } from '../translation-registry.ts';
import type { Translation } from '../translation.ts';

/**
 * Français. French typography: a no-break space (always written `\u00a0`) inside « » and before a colon, semicolon, question or exclamation mark.
 * Counts agree through `plural('fr', …)`, where 0 and 1 are singular, and print through `formatCount('fr', …)`.
 */
export const fr: Translation = {
  $code: 'fr',
  $name: 'Français',
  $dir: 'ltr',

  loading: 'Chargement…',
  cannotShow: (element, problem) => `Impossible d’afficher l’élément ${element}\u00a0: ${problem}.`,

  sourcesLabel: (count) => plural('fr', count, { one: 'Source\u00a0:', other: 'Sources\u00a0:' }),
  wordedDifferently: 'Formulé autrement dans une autre source\u00a0:',
  republication: '(republication)',
  republishedAt: (url) => `republié à l’adresse ${url}`,
  by: 'par',
  // "de The Washington Post" would need "du": the publisher stands alone.
  editorial: (publisher) => `${publisher} (éditorial)`,
  orLater: (date) => `${date} au plus tôt`,
  fromAddress: (text) => `${text} [d’après son adresse web]`,
  archivedCopy: 'copie archivée (peut différer)',

  agencies: 'Organismes',
  reportedBy: 'Présenté par',
  carriedOutBy: 'Réalisé par',

  eventKinds: { law: 'Loi', meeting: 'Réunion', statement: 'Déclaration', report: 'Rapport', plan: 'Plan', commitment: 'Engagement' },
  peopleInvolved: (count) => plural('fr', count, { one: 'Personne ayant participé', other: 'Personnes ayant participé' }),
  // A noun, not a verb, and neither président nor présidente: the schema allows a chair on any kind of event.
  chair: '(présidence)',
  dateDerivation: 'Comment cette date a été déduite\u00a0:',
  earlierEvents: 'Événements précédents',
  laterEvents: 'Événements suivants',
  moreEvents: (count, last) => {
    const n = formatCount('fr', count);
    return !last
      ? plural('fr', count, { one: `Afficher ${n} événement de plus`, other: `Afficher ${n} événements de plus` })
      : plural('fr', count, { one: 'Afficher l’événement restant', other: `Afficher les ${n} événements restants` });
  },

  topic: 'Thème\u00a0:',
  furtherCall: 'Un appel supplémentaire, après la liste des recommandations du rapport',
  copy: 'Copier',
  copied: 'Copié',
  copyFallback: 'Appuyez sur Ctrl+C (⌘C sur Mac) pour copier',
  copyText: (text, issuer, citations) => `${text} — ${issuer}, recommandation citée dans ${citations}`,
  moreRecommendations: (count, last) => {
    const n = formatCount('fr', count);
    return !last
      ? plural('fr', count, { one: `Afficher ${n} recommandation de plus`, other: `Afficher ${n} recommandations de plus` })
      : plural('fr', count, { one: 'Afficher la recommandation restante', other: `Afficher les ${n} recommandations restantes` });
  },

  // `allowed` and `kinds` are disjunctions in French ("grid ou tabs"); the expected value is said positively, in
  // parentheses rather than after a second colon (cannotShow already has one). Only the page's value is quoted.
  notOneOf: (attribute, value, allowed, count) =>
    `la valeur «\u00a0${value}\u00a0» de l’attribut ${attribute} n’est pas valide (${count > 1 ? 'valeurs possibles' : 'valeur attendue'}\u00a0: ${allowed})`,
  badHeadingLevel: (level) =>
    `l’attribut heading-level${level === undefined ? '' : ` («\u00a0${level}\u00a0»)`} doit être un nombre entier compris entre 2 et 6`,
  badLocale: (locale) => `locale «\u00a0${locale}\u00a0» n’est pas une étiquette de langue telle que «\u00a0fr-FR\u00a0»`,
  noProvider: 'l’élément <tip-dataset> qui l’entoure n’est pas défini\u00a0: importez aussi tip-widgets/tip-dataset.js',
  displayFailed: 'les données n’ont pas pu être affichées',
  noStatAttribute: 'aucun attribut stat ne désigne le chiffre à afficher',
  noStat: (id) => `aucun chiffre n’a l’identifiant «\u00a0${id}\u00a0»`,
  fromAfterTo: (from, to) => `la valeur de l’attribut from (${from}) est postérieure à celle de l’attribut to (${to})`,
  notAYear: (attribute, value) => `${attribute} «\u00a0${value}\u00a0» n’est pas une année telle que 2012`,
  unknownKind: (kind, kinds) => `le type «\u00a0${kind}\u00a0» n’est pas valide (valeurs possibles\u00a0: ${kinds})`,
  noEvents: (kinds, from, to) =>
    `aucun événement${kinds ? ` de type ${kinds}` : ''}${
      from !== undefined && to !== undefined
        ? from === to
          ? ` en ${from}`
          : ` de ${from} à ${to}`
        : from !== undefined
          ? ` à partir de ${from}`
          : to !== undefined
            ? ` jusqu’en ${to}`
            : ''
    }`,
  noSource: (id) => `aucune source n’a l’identifiant «\u00a0${id}\u00a0»`,
  noTopic: (topic, known) => `aucune recommandation n’a le thème «\u00a0${topic}\u00a0» (thèmes connus\u00a0: ${known ?? 'aucun'})`,
  noRecommendations: (source, topic) =>
    source && topic
      ? `aucune recommandation ayant le thème «\u00a0${topic}\u00a0» ne cite la source «\u00a0${source}\u00a0»`
      : source
        ? `aucune recommandation ne cite la source «\u00a0${source}\u00a0»`
        : topic
          ? `aucune recommandation n’a le thème «\u00a0${topic}\u00a0»`
          : 'le jeu de données ne contient aucune recommandation',
  noAgency: (wanted) => `aucun organisme n’a l’identifiant ou le sigle «\u00a0${wanted}\u00a0»`,
  noMeeting: (wanted) => `aucune réunion n’a l’identifiant «\u00a0${wanted}\u00a0»`,
  notAMeeting: (id, kind) => `l’événement «\u00a0${id}\u00a0» est de type ${kind}, et non une réunion`,
  nothingReported: (agency, meeting) =>
    agency && meeting
      ? `l’organisme «\u00a0${agency}\u00a0» n’a rien présenté à la réunion «\u00a0${meeting}\u00a0»`
      : agency
        ? `l’organisme «\u00a0${agency}\u00a0» n’a aucune réalisation dans le jeu de données`
        : meeting
          ? `aucun organisme n’a rien présenté à la réunion «\u00a0${meeting}\u00a0»`
          : 'le jeu de données ne contient aucune réalisation',
  unknownAgency: (accomplishment, agency) => `la réalisation «\u00a0${accomplishment}\u00a0» mentionne un organisme inconnu, «\u00a0${agency}\u00a0»`,

  // `dataset` is one of the two below: masculine singular, which the participles agree with.
  datasetAt: (src) => `le jeu de données à l’adresse «\u00a0${src}\u00a0»`,
  datasetGiven: 'le jeu de données fourni par la propriété data',
  notADataset: (dataset, problems, more) =>
    `${dataset} n’est pas au format tip-widgets\u00a0: ${problems}${
      more > 0
        ? ` (et ${plural('fr', more, { one: `${formatCount('fr', more)} autre problème`, other: `${formatCount('fr', more)} autres problèmes` })}, voir la console)`
        : ''
    }`,
  notAUrl: (src) => `src «\u00a0${src}\u00a0» n’est pas une URL`,
  badTimeout: (value) => `timeout «\u00a0${value}\u00a0» n’est pas un nombre de millisecondes`,
  timedOut: (dataset, timeout) =>
    `${dataset} n’a pas pu être chargé dans le délai imparti (${formatCount('fr', timeout)}\u00a0ms, attribut timeout)`,
  unreachable: (dataset) =>
    `${dataset} n’a pas pu être récupéré\u00a0: la connexion a échoué ou le serveur qui l’héberge n’autorise pas cette page à y accéder (CORS)`,
  refused: (dataset, status) => `${dataset} n’a pas pu être chargé\u00a0: le serveur a renvoyé l’erreur ${status}`,
  notJson: (src, type) => `le fichier à l’adresse «\u00a0${src}\u00a0» n’est pas au format JSON${type ? ` (le serveur l’a envoyé au format ${type})` : ''}`,
  noChecker: (dataset) => `${dataset} ne peut pas être vérifié\u00a0: ajoutez à la page le script de validation dataset-checker.js`,
  notGiven: (dataset) => `${dataset} n’a pas été fourni au rendu côté serveur`,
  unreadable: (dataset, reason) => `${dataset} n’a pas pu être lu\u00a0: ${reason}`,

  quoted: (text) => `«\u00a0${text}\u00a0»`,
  separator: ', ',
  listSeparator: '\u00a0; ',
  // A reference (bibliographic), not a citation (a quotation, in French).
  dataAndCitation: 'Données et références',
  downloadCsv: 'Télécharger en CSV',
  downloadJson: 'Télécharger en JSON',
  citeSources: (count) => plural('fr', count, { one: 'Pour citer la source\u00a0:', other: 'Pour citer les sources\u00a0:' }),
  // One label whatever the number of sources: it names the purpose, not the references.
  copyCitation: 'Copier pour citer',
  downloadBibtex: 'Télécharger en BibTeX',
  downloadCsl: 'Télécharger en CSL-JSON',
  undated: 's.\u00a0d.',
  datasetRelease: (version, date) => `Jeu de données ${version}, ${date}\u00a0:`,
  version: (version) => `version ${version}`,
  // Shared by events (masculine) and recommendations (feminine): "élément" agrees with either.
  notPrinted: (count) =>
    plural('fr', count, {
      one: `${formatCount('fr', count)} autre élément non imprimé\u00a0: consultez la page en ligne`,
      other: `${formatCount('fr', count)} autres éléments non imprimés\u00a0: consultez la page en ligne`,
    }),
};

registerTranslation(fr);
