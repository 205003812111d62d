import { registerTranslation, type Translation } from '../translation-registry.ts';

/** Español. */
export const es: Translation = {
  $code: 'es',
  $name: 'Español',
  $dir: 'ltr',

  loading: 'Cargando…',
  cannotShow: (element, problem) => `No se puede mostrar este ${element}: ${problem}.`,

  sourcesLabel: (count) => (count === 1 ? 'Fuente:' : 'Fuentes:'),
  wordedDifferently: 'Con otras palabras en otra fuente:',
  republication: '(una republicación)',
  republishedAt: (url) => `republicado en ${url}`,
  by: 'por',
  editorial: (publisher) => `editorial de ${publisher}`,
  orLater: (date) => `${date} o después`,

  agencies: 'Organismos',
  reportedBy: 'Informado por',

  eventKinds: { law: 'Ley', meeting: 'Reunión', statement: 'Declaración', report: 'Informe', plan: 'Plan', commitment: 'Compromiso' },
  peopleInvolved: (count) => (count === 1 ? 'Persona participante' : 'Personas participantes'),
  chair: '(presidencia)',
  dateDerivation: 'Cómo se dedujo esta fecha:',
  moreEvents: (count, last) => (!last ? `Mostrar ${count} eventos más` : count === 1 ? 'Mostrar el último evento' : `Mostrar los últimos ${count} eventos`),

  topic: 'Tema:',
  furtherCall: 'Un llamamiento más, tras la lista de recomendaciones del informe',
  copy: 'Copiar',
  copied: 'Copiado',
  copyFallback: 'Pulse Ctrl+C (⌘C en Mac) para copiar',
  copyText: (text, issuer, citations) => `${text} — ${issuer}, recomendación recogida en ${citations}`,
  moreRecommendations: (count, last) =>
    !last ? `Mostrar ${count} recomendaciones más` : count === 1 ? 'Mostrar la última recomendación' : `Mostrar las últimas ${count} recomendaciones`,
};

registerTranslation(es);
