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
  earlierEvents: 'Eventos anteriores',
  laterEvents: 'Eventos posteriores',
  moreEvents: (count, last) => (!last ? `Mostrar ${count} eventos más` : count === 1 ? 'Mostrar el último evento' : `Mostrar los últimos ${count} eventos`),

  topic: 'Tema:',
  furtherCall: 'Un llamamiento más, tras la lista de recomendaciones del informe',
  copy: 'Copiar',
  copied: 'Copiado',
  copyFallback: 'Pulse Ctrl+C (⌘C en Mac) para copiar',
  copyText: (text, issuer, citations) => `${text} — ${issuer}, recomendación recogida en ${citations}`,
  moreRecommendations: (count, last) =>
    !last ? `Mostrar ${count} recomendaciones más` : count === 1 ? 'Mostrar la última recomendación' : `Mostrar las últimas ${count} recomendaciones`,
  notOneOf: (attribute, value, allowed) => `${attribute} "${value}" no es ${allowed}`,
  badHeadingLevel: (level) => `heading-level${level === undefined ? '' : ` "${level}"`} no es un número entero del 2 al 6`,
  badLocale: (locale) => `locale "${locale}" no es una etiqueta de idioma como "es-ES"`,
  noProvider: 'el <tip-dataset> que lo rodea no está definido: importe también tip-widgets/tip-dataset.js',
  displayFailed: 'no se pudieron mostrar los datos',
  noStatAttribute: 'ningún atributo stat indica la cifra que mostrar',
  noStat: (id) => `no hay ninguna cifra con el id "${id}"`,
  fromAfterTo: (from, to) => `from ${from} es posterior a to ${to}`,
  notAYear: (attribute, value) => `${attribute} "${value}" no es un año como 2012`,
  unknownKind: (kind, kinds) => `kind "${kind}" no es ${kinds}`,
  noEvents: (kinds, from, to) =>
    `no hay eventos${kinds ? ` de tipo ${kinds}` : ''}${
      from !== undefined && to !== undefined
        ? from === to
          ? ` en ${from}`
          : ` entre ${from} y ${to}`
        : from !== undefined
          ? ` en ${from} o después`
          : to !== undefined
            ? ` en ${to} o antes`
            : ''
    }`,
  noSource: (id) => `no hay ninguna fuente con el id "${id}"`,
  noTopic: (topic, known) => `ninguna recomendación tiene el tema "${topic}" (temas conocidos: ${known ?? 'ninguno'})`,
  noRecommendations: (source, topic) =>
    source && topic
      ? `ninguna recomendación cita la fuente "${source}" y tiene el tema "${topic}"`
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
      ? `el organismo "${agency}" no informó de nada en la reunión "${meeting}"`
      : agency
        ? `el organismo "${agency}" no tiene logros en el conjunto de datos`
        : meeting
          ? `ningún organismo informó de nada en la reunión "${meeting}"`
          : 'el conjunto de datos no tiene logros',
  unknownAgency: (accomplishment, agency) => `el logro "${accomplishment}" nombra un organismo desconocido, "${agency}"`,
  datasetAt: (src) => `el conjunto de datos de "${src}"`,
  datasetGiven: 'el conjunto de datos dado como data',
  notADataset: (dataset, problems, more) =>
    `${dataset} no es un conjunto de datos de tip-widgets: ${problems}${more > 0 ? `; y ${more} más (vea la consola)` : ''}`,
  notAUrl: (src) => `src "${src}" no es una URL`,
  badTimeout: (value) => `el timeout "${value}" no es un número de milisegundos`,
  timedOut: (dataset, timeout) => `${dataset} no cargó en ${timeout} ms (su timeout)`,
  unreachable: (dataset) => `no se pudo obtener ${dataset}: falló la red, o su servidor no permite que esta página lo lea (CORS)`,
  refused: (dataset, status) => `no se pudo cargar ${dataset}: el servidor respondió ${status}`,
  notJson: (src, type) => `el archivo de "${src}" no es JSON${type ? ` (el servidor envió ${type})` : ''}`,
  noChecker: (dataset) => `no se puede comprobar ${dataset}: añada a la página su verificador, tip-dataset.js`,
  notGiven: (dataset) => `${dataset} no se entregó al renderizado en el servidor`,
  unreadable: (dataset, reason) => `no se pudo leer ${dataset}: ${reason}`,
  quoted: (text) => `«${text}»`,
  dataAndCitation: 'Datos y cita',
  downloadCsv: 'Descargar CSV',
  downloadJson: 'Descargar JSON',
  citeSources: (count) => (count === 1 ? 'Para citar su fuente:' : 'Para citar sus fuentes:'),
  copyCitation: 'Copiar cita',
  downloadBibtex: 'Descargar BibTeX',
  downloadCsl: 'Descargar CSL-JSON',
  undated: 's. f.',
  notPrinted: (count) => `${count} más sin imprimir: vea la página en línea`,
};

registerTranslation(es);
