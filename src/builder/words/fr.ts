import type { BuilderWords } from './en.ts';
import { formatCount, plural } from '../../i18n/plural.ts';

/** French, addressing the reader as vous: a no-break space (always written `\u00a0`) inside « » and before : ; ? !, as in the widgets' own table. */
export const builderFr: BuilderWords = {
  $code: 'fr',
  $name: 'Français',
  $dir: 'ltr',

  title: 'Générateur de code d’intégration',
  intro:
    'Choisissez un widget, réglez-le, voyez-le comme vos lecteurs le verront, et copiez ce qu’il faut coller dans votre page. Tout se passe dans cette page\u00a0: le fichier que vous chargez est lu ici et n’est envoyé nulle part.',
  builderLanguage: 'Langue de cette page',
  demoLink: 'Voir tous les widgets sur la page de démonstration',
  jumpToPreview: 'Aller à l’aperçu',
  cannotFindRelease:
    'Le générateur ne trouve pas release.json à côté de sa page\u00a0: lancez-le avec npm start, ou depuis le dossier dist/site/ que crée npm run build.',

  stepWidget: '1. Quel widget\u00a0?',
  widgets: {
    'tip-stat-card': ['Un chiffre clé', 'Un nombre, avec ce qu’il compte et sa source.'],
    'task-force-timeline': ['La chronologie', 'Les dates du groupe de travail, de la loi qui l’a créé à ses rapports.'],
    'agency-accomplishments': ['Ce que chaque organisme a présenté', 'Le travail présenté par chaque département, avec des chiffres.'],
    'recommendation-list': ['Les recommandations', 'Les recommandations d’action publique, avec leurs auteurs.'],
  },

  stepSettings: '2. Paramètres',
  attributes: {
    stat: 'Quel chiffre\u00a0?',
    notation: 'Comment écrire les grands nombres',
    'count-up': 'Animer le chiffre à son apparition',
    from: 'Années\u00a0: à partir de',
    to: 'Années\u00a0: jusqu’à',
    kinds: 'Types d’événement (vide\u00a0: tous)',
    order: 'Ordre',
    agency: 'Quel organisme\u00a0? (vide\u00a0: tous)',
    meeting: 'Quelle réunion\u00a0? (vide\u00a0: toutes)',
    layout: 'Disposition\u00a0: grille ou onglets',
    source: 'Quel rapport\u00a0? (vide\u00a0: tous)',
    topic: 'Quel thème\u00a0? (vide\u00a0: tous)',
    'heading-level': 'Niveau de titre dans votre page',
    theme: 'Jeu de couleurs',
    'hide-data': 'Masquer «\u00a0Données et références\u00a0»',
    locale: 'Langue du widget',
    dir: 'Sens du texte',
  },
  values: {
    standard: 'En entier (27\u202f000\u202f000)',
    compact: 'En abrégé (27\u00a0M)',
    oldest: 'Du plus ancien au plus récent',
    newest: 'Du plus récent au plus ancien',
    grid: 'Grille de cartes',
    tabs: 'Onglets, un par organisme',
    auto: 'Comme la page (clair ou sombre)',
    light: 'Toujours clair',
    dark: 'Toujours sombre',
    ltr: 'De gauche à droite',
    rtl: 'De droite à gauche',
  },
  forDevelopers: 'Pour les développeurs',
  none: '(aucun\u00a0: valeur par défaut)',
  search: 'Rechercher\u00a0: des mots, un nom, un sigle',
  searchFor: (what) => `Rechercher\u00a0: ${what}`,

  stepColours: '3. Couleurs',
  colours: { '--tip-color-text': 'Texte', '--tip-color-surface': 'Fond', '--tip-color-accent': 'Couleur d’accent (chiffres, marqueurs)' },
  defaultColours: 'Utiliser les couleurs par défaut',
  contrastWarning: (what, ratio) =>
    `Le contraste de «\u00a0${what}\u00a0» avec le fond est de ${ratio.replace('.', ',')}:1\u00a0; le texte demande au moins 4,5:1.`,
  onDarkPage: (warning) => `Sur une page sombre\u00a0: ${warning}`,

  stepData: 'Vos propres données (facultatif)',
  datasetFile: 'Un fichier de jeu de données (JSON, au format décrit par data/dataset.schema.json)',
  usingFile: (file) => `Fichier utilisé\u00a0: ${file}.`,
  useBundled: 'Utiliser les données intégrées',
  fileProblems: (count) => {
    const n = formatCount('fr', count);
    return `Ce fichier ne peut pas être utilisé\u00a0: ${plural('fr', count, {
      one: `${n} problème, signalé à sa place dans le fichier`,
      other: `${n} problèmes, chacun signalé à sa place dans le fichier`,
    })}.`;
  },
  notJson: (file, reason) => `${file} n’est pas au format JSON\u00a0: ${reason}`,

  stepPreview: '4. Aperçu',
  previewWidth: 'Largeur',
  widths: { phone: 'Téléphone (360\u00a0px)', sidebar: 'Barre latérale (280\u00a0px)', article: 'Colonne d’article (720\u00a0px)' },
  lightPage: 'Sur une page claire',
  darkPage: 'Sur une page sombre',

  stepPaste: '5. Coller dans votre page',
  hashesLater: 'Les empreintes d’intégrité apparaîtront une fois npm run build exécuté.',
  fromCdn: 'Depuis le CDN jsDelivr',
  fromThisSite: 'Depuis ce site, où ce générateur est publié',
  fromThisSiteSteps: 'Les fichiers de script sont publiés ici, à côté de ce générateur\u00a0: collez le code, et votre page les chargera depuis ce site.',
  selfHosted: 'Depuis votre propre site (aucun tiers ne voit vos lecteurs)',
  selfHostedSteps: (version) =>
    `Téléchargez tip-widgets ${version} (npm pack tip-widgets@${version}, ou le .tgz du registre npm), décompressez-le et copiez le dossier package/dist/cdn/ dans /tip-widgets/ sur votre site. Puis collez\u00a0:`,
  inHead: 'Dans l’en-tête (head) de votre page\u00a0:',
  whereItGoes: 'À l’endroit où le widget doit apparaître\u00a0:',
  classicNote: 'Si la page ne peut pas charger de modules, la même chose avec des scripts classiques\u00a0:',
  preRender: 'Prérendu\u00a0: à lancer lors de la génération de votre site, pour que le widget se lise sans JavaScript\u00a0:',
  copy: 'Copier',

  stepCheck: '6. Vérifier ma page',
  checkIntro:
    'Collez le HTML de votre page, ou la partie autour du widget\u00a0: le générateur vous dit si tout y est, et dans le bon ordre.',
  pageHtml: 'Le HTML de votre page',
  check: 'Vérifier',
  checkFound: (count) => {
    const n = formatCount('fr', count);
    return plural('fr', count, { one: `${n} point à corriger.`, other: `${n} points à corriger.` });
  },
  checkAllGood: 'Tout y est, et dans le bon ordre.',
  checks: {
    bundle: 'Le script des widgets (tip-widgets.js) est présent.',
    noBundle:
      'Le script des widgets (tip-widgets.js ou tip-widgets.iife.js) est absent\u00a0: collez les lignes destinées à l’en-tête de votre page.',
    moduleType: 'tip-widgets.js nécessite type="module" (ou utilisez tip-widgets.iife.js avec defer).',
    integrity: 'Son empreinte d’intégrité correspond à cette version.',
    badIntegrity: (file) => `L’empreinte d’intégrité de ${file} ne correspond pas à cette version\u00a0: copiez à nouveau l’extrait de code.`,
    noIntegrity: (file) => `${file} n’a pas d’empreinte d’intégrité\u00a0: copiez à nouveau l’extrait de code pour figer sa version.`,
    language: (file) => `Le fichier de langue ${file} est présent, après le script des widgets.`,
    noLanguage: (file) => `Le fichier de langue ${file} est absent\u00a0: sans lui, le widget s’affiche en anglais.`,
    languageFirst: (file) => `${file} se trouve avant tip-widgets.js\u00a0: placez-le après.`,
    element: (tag) => `Le widget <${tag}> est présent.`,
    noElement: (tag) => `Le widget <${tag}> est absent\u00a0: collez la ligne à l’endroit où il doit apparaître.`,
    notInProvider: (tag) => `Le widget <${tag}> n’est pas dans <tip-dataset src="…">\u00a0: il afficherait les données fournies, pas les vôtres.`,
    checker: 'Le script de validation (dataset-checker.js) est présent, pour vos propres données.',
    noChecker: 'Vos propres données nécessitent le script de validation, dataset-checker.js, placé avant tip-widgets.js.',
  },
};
