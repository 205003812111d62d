import { registerTranslation, type Translation } from '../translation-registry.ts';

/** Português (do Brasil, understood in Portugal too; a `pt-PT` table can replace any of it). */
export const pt: Translation = {
  $code: 'pt',
  $name: 'Português',
  $dir: 'ltr',

  loading: 'Carregando…',
  cannotShow: (element, problem) => `Não é possível mostrar este ${element}: ${problem}.`,

  sourcesLabel: (count) => (count === 1 ? 'Fonte:' : 'Fontes:'),
  wordedDifferently: 'Com outras palavras em outra fonte:',
  republication: '(uma republicação)',
  republishedAt: (url) => `republicado em ${url}`,
  by: 'por',
  editorial: (publisher) => `editorial de ${publisher}`,
  orLater: (date) => `${date} ou depois`,

  agencies: 'Órgãos',
  reportedBy: 'Relatado por',

  eventKinds: { law: 'Lei', meeting: 'Reunião', statement: 'Declaração', report: 'Relatório', plan: 'Plano', commitment: 'Compromisso' },
  peopleInvolved: (count) => (count === 1 ? 'Pessoa envolvida' : 'Pessoas envolvidas'),
  chair: '(presidência)',
  dateDerivation: 'Como esta data foi deduzida:',
  moreEvents: (count, last) => (!last ? `Mostrar mais ${count} eventos` : count === 1 ? 'Mostrar o último evento' : `Mostrar os últimos ${count} eventos`),

  topic: 'Tema:',
  furtherCall: 'Um apelo a mais, após a lista de recomendações do relatório',
  copy: 'Copiar',
  copied: 'Copiado',
  copyFallback: 'Pressione Ctrl+C (⌘C no Mac) para copiar',
  copyText: (text, issuer, citations) => `${text} — ${issuer}, recomendação relatada em ${citations}`,
  moreRecommendations: (count, last) =>
    !last ? `Mostrar mais ${count} recomendações` : count === 1 ? 'Mostrar a última recomendação' : `Mostrar as últimas ${count} recomendações`,
};

registerTranslation(pt);
