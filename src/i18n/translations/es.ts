import { formatCount, plural } from '../plural.ts';
import { registerTranslation } from '../translation-registry.ts';
import type { Translation } from '../translation.ts';

/** Español, tratando de usted; comillas latinas «» y trata de personas (nunca «tráfico», que es otro delito). */
export const es: Translation = {
  $code: 'es',
  $name: 'Español',
  $dir: 'ltr',

  loading: 'Cargando…',
  cannotShow: (element, problem) => `No se puede mostrar el componente <${element}>: ${problem}.`,

  sourcesLabel: (count) => plural('es', count, { one: 'Fuente:', other: 'Fuentes:' }),
  wordedDifferently: 'Expresado de otra forma en una fuente distinta:',
  republication: '(reproducción)',
  republishedAt: (url) => `reproducido en ${url}`,
  by: 'por',
  editorial: (publisher) => `editorial de ${publisher}`,
  orLater: (date) => `${date} o posterior`,
  fromAddress: (text) => `${text} [según su dirección web]`,
  archivedCopy: 'copia archivada (puede diferir)',

  agencies: 'Organismos',
  reportedBy: 'Según',
  carriedOutBy: 'A cargo de',

  eventKinds: { law: 'Ley', meeting: 'Reunión', statement: 'Declaración', report: 'Informe', plan: 'Plan', commitment: 'Compromiso' },
  peopleInvolved: (count) => plural('es', count, { one: 'Participante', other: 'Participantes' }),
  chair: '(presidió la reunión)',
  dateDerivation: 'Cómo se dedujo esta fecha:',
  earlierEvents: 'Eventos anteriores',
  laterEvents: 'Eventos posteriores',
  moreEvents: (count, last) => {
    const n = formatCount('es', count);
    return !last
      ? plural('es', count, { one: `Mostrar ${n} evento más`, many: `Mostrar ${n} de eventos más`, other: `Mostrar ${n} eventos más` })
      : plural('es', count, { one: 'Mostrar el evento restante', many: `Mostrar los ${n} de eventos restantes`, other: `Mostrar los ${n} eventos restantes` });
  },

  topic: 'Tema:',
  furtherCall: 'Un llamamiento más, tras la lista de recomendaciones del informe',
  copy: 'Copiar',
  copied: 'Copiado',
  copyFallback: 'Use Ctrl+C (⌘+C en Mac) para copiar',
  // Raya de inciso pegada a la palabra que sigue, sin raya de cierre al final del enunciado.
  copyText: (text, issuer, citations) => `${text} —${issuer}, recomendación recogida en ${citations}`,
  moreRecommendations: (count, last) => {
    const n = formatCount('es', count);
    return !last
      ? plural('es', count, {
          one: `Mostrar ${n} recomendación más`,
          many: `Mostrar ${n} de recomendaciones más`,
          other: `Mostrar ${n} recomendaciones más`,
        })
      : plural('es', count, {
          one: 'Mostrar la recomendación restante',
          many: `Mostrar las ${n} de recomendaciones restantes`,
          other: `Mostrar las ${n} recomendaciones restantes`,
        });
  },

  // `allowed` and `kinds` are Intl.ListFormat disjunctions in Spanish already: «grid o tabs», «a, b o c».
  notOneOf: (attribute, value, allowed, count) =>
    `el valor "${value}" de ${attribute} no es válido: ${plural('es', count, { one: `el único valor admitido es ${allowed}`, other: `debe ser ${allowed}` })}`,
  badHeadingLevel: (level) => `el valor de heading-level${level === undefined ? '' : ` (${level})`} no es un número entero del 2 al 6`,
  badLocale: (locale) => `locale "${locale}" no es una etiqueta de idioma válida (por ejemplo, "es-ES")`,
  noProvider: 'el <tip-dataset> que lo contiene no está definido: importe también tip-widgets/tip-dataset.js',
  displayFailed: 'no se pudieron mostrar los datos',
  noStatAttribute: 'ningún atributo stat indica qué cifra mostrar',
  noStat: (id) => `no hay ninguna cifra con el id "${id}"`,
  fromAfterTo: (from, to) => `el valor de from (${from}) es posterior al de to (${to})`,
  notAYear: (attribute, value) => `${attribute} "${value}" no es un año válido (por ejemplo, 2012)`,
  unknownKind: (kind, kinds) => `kind "${kind}" no es válido: debe ser ${kinds}`,
  noEvents: (kinds, from, to) =>
    `no hay eventos${kinds ? ` de tipo ${kinds}` : ''}${
      from !== undefined && to !== undefined
        ? from === to
          ? ` en ${from}`
          : ` entre ${from} y ${to}`
        : from !== undefined
          ? ` desde ${from}`
          : to !== undefined
            ? ` hasta ${to}`
            : ''
    }`,
  noSource: (id) => `no hay ninguna fuente con el id "${id}"`,
  noTopic: (topic, known) => `ninguna recomendación tiene el tema "${topic}" (temas disponibles: ${known ?? 'ninguno'})`,
  noRecommendations: (source, topic) =>
    source && topic
      ? `ninguna recomendación cita la fuente "${source}" con el tema "${topic}"`
      : source
        ? `ninguna recomendación cita la fuente "${source}"`
        : topic
          ? `ninguna recomendación tiene el tema "${topic}"`
          : 'el conjunto de datos no tiene recomendaciones',
  noAgency: (wanted) => `ningún organismo tiene el id o la sigla "${wanted}"`,
  noMeeting: (wanted) => `no hay ninguna reunión con el id "${wanted}"`,
  notAMeeting: (id, kind) => `el evento "${id}" es de tipo ${kind}, no una reunión`,
  nothingReported: (agency, meeting) =>
    agency && meeting
      ? `el organismo "${agency}" no presentó nada en la reunión "${meeting}"`
      : agency
        ? `el organismo "${agency}" no tiene logros en el conjunto de datos`
        : meeting
          ? `ningún organismo presentó nada en la reunión "${meeting}"`
          : 'el conjunto de datos no tiene logros',
  unknownAgency: (accomplishment, agency) => `el logro "${accomplishment}" menciona un organismo desconocido, "${agency}"`,

  datasetAt: (src) => `el conjunto de datos "${src}"`,
  datasetGiven: 'el conjunto de datos indicado en la propiedad data',
  notADataset: (dataset, problems, more) => {
    const n = formatCount('es', more);
    const rest = plural('es', more, { one: `${n} problema más`, many: `${n} de problemas más`, other: `${n} problemas más` });
    return `${dataset} no es un conjunto de datos de tip-widgets: ${problems}${more > 0 ? ` (y ${rest}; consulte la consola)` : ''}`;
  },
  notAUrl: (src) => `src "${src}" no es una URL`,
  badTimeout: (value) => `timeout "${value}" no es un número de milisegundos`,
  timedOut: (dataset, timeout) => `${dataset} no se cargó en el plazo de ${formatCount('es', timeout)} ms (se agotó el tiempo de espera)`,
  unreachable: (dataset) => `no se pudo obtener ${dataset}: falló la red o el servidor que lo aloja no permite que esta página lo lea (CORS)`,
  refused: (dataset, status) => `no se pudo cargar ${dataset}: el servidor respondió con el error ${status}`,
  notJson: (src, type) => `el archivo "${src}" no es JSON${type ? ` (el servidor envió contenido ${type})` : ''}`,
  noChecker: (dataset) => `no se puede comprobar ${dataset}: añada a la página el validador de datos, dataset-checker.js`,
  notGiven: (dataset) => `${dataset} no se proporcionó al renderizado en el servidor`,
  unreadable: (dataset, reason) => `no se pudo leer ${dataset}: ${reason}`,

  quoted: (text) => `«${text}»`,
  separator: ', ',
  listSeparator: '; ',
  dataAndCitation: 'Datos y referencias',
  downloadCsv: 'Descargar CSV',
  downloadJson: 'Descargar JSON',
  citeSources: (count) => plural('es', count, { one: 'Para citar la fuente de estos datos:', other: 'Para citar las fuentes de estos datos:' }),
  copyCitation: 'Copiar para citar',
  downloadBibtex: 'Descargar BibTeX',
  downloadCsl: 'Descargar CSL-JSON',
  undated: 's.\u00a0f.',
  datasetRelease: (version, date) => `Conjunto de datos ${version}, ${date}:`,
  version: (version) => `versión ${version}`,
  notPrinted: (count) => {
    const n = formatCount('es', count);
    return plural('es', count, {
      one: `Se omite ${n} elemento en la versión impresa; consulte la versión en línea`,
      many: `Se omiten ${n} de elementos en la versión impresa; consulte la versión en línea`,
      other: `Se omiten ${n} elementos en la versión impresa; consulte la versión en línea`,
    });
  },
};

registerTranslation(es);
