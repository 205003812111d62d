import { registerTranslation, type Translation } from '../translation-registry.ts';

/** Français: a no-break space before the colon, as French typography has it. */
export const fr: Translation = {
  $code: 'fr',
  $name: 'Français',
  $dir: 'ltr',

  loading: 'Chargement…',
  cannotShow: (element, problem) => `Impossible d’afficher l’élément ${element}\u00a0: ${problem}.`,

  sourcesLabel: (count) => (count === 1 ? 'Source\u00a0:' : 'Sources\u00a0:'),
  wordedDifferently: 'Formulé autrement dans une autre source\u00a0:',
  republication: '(une republication)',
  republishedAt: (url) => `republié sur ${url}`,
  by: 'par',
  editorial: (publisher) => `éditorial de ${publisher}`,
  orLater: (date) => `${date} ou après`,

  agencies: 'Organismes',
  reportedBy: 'Présenté par',

  eventKinds: { law: 'Loi', meeting: 'Réunion', statement: 'Déclaration', report: 'Rapport', plan: 'Plan', commitment: 'Engagement' },
  peopleInvolved: (count) => (count === 1 ? 'Personne concernée' : 'Personnes concernées'),
  chair: '(présidence)',
  dateDerivation: 'Comment cette date a été déduite\u00a0:',
  earlierEvents: 'Événements précédents',
  laterEvents: 'Événements suivants',
  moreEvents: (count, last) =>
    !last ? `Afficher ${count} événements de plus` : count === 1 ? 'Afficher le dernier événement' : `Afficher les ${count} derniers événements`,

  topic: 'Thème\u00a0:',
  furtherCall: 'Un appel de plus, après la liste de recommandations du rapport',
  copy: 'Copier',
  copied: 'Copié',
  copyFallback: 'Appuyez sur Ctrl+C (⌘C sur Mac) pour copier',
  copyText: (text, issuer, citations) => `${text} — ${issuer}, recommandation rapportée dans ${citations}`,
  moreRecommendations: (count, last) =>
    !last
      ? `Afficher ${count} recommandations de plus`
      : count === 1
        ? 'Afficher la dernière recommandation'
        : `Afficher les ${count} dernières recommandations`,
  notOneOf: (attribute, value, allowed) => `${attribute} «\u00a0${value}\u00a0» n’est pas ${allowed}`,
  badHeadingLevel: (level) => `heading-level${level === undefined ? '' : ` «\u00a0${level}\u00a0»`} n’est pas un nombre entier de 2 à 6`,
  badLocale: (locale) => `locale «\u00a0${locale}\u00a0» n’est pas une étiquette de langue comme «\u00a0fr-FR\u00a0»`,
  noProvider: 'le <tip-dataset> qui l’entoure n’est pas défini\u00a0: importez aussi tip-widgets/tip-dataset.js',
  displayFailed: 'les données n’ont pas pu être affichées',
  noStatAttribute: 'aucun attribut stat ne désigne le chiffre à afficher',
  noStat: (id) => `aucun chiffre n’a l’id «\u00a0${id}\u00a0»`,
  fromAfterTo: (from, to) => `from ${from} est postérieur à to ${to}`,
  notAYear: (attribute, value) => `${attribute} «\u00a0${value}\u00a0» n’est pas une année comme 2012`,
  unknownKind: (kind, kinds) => `kind «\u00a0${kind}\u00a0» n’est pas ${kinds}`,
  noEvents: (kinds, from, to) =>
    `aucun événement${kinds ? ` de type ${kinds}` : ''}${
      from !== undefined && to !== undefined
        ? from === to
          ? ` en ${from}`
          : ` entre ${from} et ${to}`
        : from !== undefined
          ? ` en ${from} ou après`
          : to !== undefined
            ? ` en ${to} ou avant`
            : ''
    }`,
  noSource: (id) => `aucune source n’a l’id «\u00a0${id}\u00a0»`,
  noTopic: (topic, known) => `aucune recommandation n’a le thème «\u00a0${topic}\u00a0» (thèmes connus\u00a0: ${known ?? 'aucun'})`,
  noRecommendations: (source, topic) =>
    source && topic
      ? `aucune recommandation ne cite la source «\u00a0${source}\u00a0» avec le thème «\u00a0${topic}\u00a0»`
      : source
        ? `aucune recommandation ne cite la source «\u00a0${source}\u00a0»`
        : topic
          ? `aucune recommandation n’a le thème «\u00a0${topic}\u00a0»`
          : 'le jeu de données n’a aucune recommandation',
  noAgency: (wanted) => `aucun organisme n’a l’id ou le sigle «\u00a0${wanted}\u00a0»`,
  noMeeting: (wanted) => `aucune réunion n’a l’id «\u00a0${wanted}\u00a0»`,
  notAMeeting: (id, kind) => `l’événement «\u00a0${id}\u00a0» est de type ${kind}, pas une réunion`,
  nothingReported: (agency, meeting) =>
    agency && meeting
      ? `l’organisme «\u00a0${agency}\u00a0» n’a rien présenté à la réunion «\u00a0${meeting}\u00a0»`
      : agency
        ? `l’organisme «\u00a0${agency}\u00a0» n’a aucune réalisation dans le jeu de données`
        : meeting
          ? `aucun organisme n’a rien présenté à la réunion «\u00a0${meeting}\u00a0»`
          : 'le jeu de données n’a aucune réalisation',
  unknownAgency: (accomplishment, agency) => `la réalisation «\u00a0${accomplishment}\u00a0» nomme un organisme inconnu, «\u00a0${agency}\u00a0»`,
  datasetAt: (src) => `le jeu de données « ${src} »`,
  datasetGiven: 'le jeu de données donné en data',
  notADataset: (dataset, problems, more) =>
    `${dataset} n’est pas un jeu de données tip-widgets : ${problems}${more > 0 ? ` ; et ${more} de plus (voir la console)` : ''}`,
  notAUrl: (src) => `src « ${src} » n’est pas une URL`,
  badTimeout: (value) => `le timeout « ${value} » n’est pas un nombre de millisecondes`,
  timedOut: (dataset, timeout) => `${dataset} ne s’est pas chargé en ${timeout} ms (son timeout)`,
  unreachable: (dataset) => `${dataset} n’a pas pu être récupéré : le réseau a échoué, ou son serveur ne permet pas à cette page de le lire (CORS)`,
  refused: (dataset, status) => `${dataset} n’a pas pu être chargé : le serveur a répondu ${status}`,
  notJson: (src, type) => `le fichier « ${src} » n’est pas du JSON${type ? ` (le serveur a envoyé ${type})` : ''}`,
  noChecker: (dataset) => `${dataset} ne peut pas être vérifié : ajoutez son vérificateur, tip-dataset.js, à la page`,
  notGiven: (dataset) => `${dataset} n’a pas été fourni au rendu serveur`,
  unreadable: (dataset, reason) => `${dataset} n’a pas pu être lu : ${reason}`,
  quoted: (text) => `« ${text} »`,
  dataAndCitation: 'Données et citation',
  downloadCsv: 'Télécharger le CSV',
  downloadJson: 'Télécharger le JSON',
  citeSources: (count) => (count === 1 ? 'Pour citer sa source\u00a0:' : 'Pour citer ses sources\u00a0:'),
  copyCitation: 'Copier la citation',
  downloadBibtex: 'Télécharger en BibTeX',
  downloadCsl: 'Télécharger en CSL-JSON',
  undated: 's. d.',
  notPrinted: (count) => `${count} de plus non imprimés\u00a0: voir la page en ligne`,
};

registerTranslation(fr);
