import { registerTranslation, type Translation } from '../translation-registry.ts';

/** Français: a no-break space before the colon, as French typography has it. */
export const fr: Translation = {
  $code: 'fr',
  $name: 'Français',
  $dir: 'ltr',

  loading: 'Chargement…',
  cannotShow: (element, problem) => `Impossible d’afficher ce ${element}\u00a0: ${problem}.`,

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
};

registerTranslation(fr);
