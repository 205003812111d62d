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
  earlierEvents: 'Eventos anteriores',
  laterEvents: 'Eventos seguintes',
  moreEvents: (count, last) => (!last ? `Mostrar mais ${count} eventos` : count === 1 ? 'Mostrar o último evento' : `Mostrar os últimos ${count} eventos`),

  topic: 'Tema:',
  furtherCall: 'Um apelo a mais, após a lista de recomendações do relatório',
  copy: 'Copiar',
  copied: 'Copiado',
  copyFallback: 'Pressione Ctrl+C (⌘C no Mac) para copiar',
  copyText: (text, issuer, citations) => `${text} — ${issuer}, recomendação relatada em ${citations}`,
  moreRecommendations: (count, last) =>
    !last ? `Mostrar mais ${count} recomendações` : count === 1 ? 'Mostrar a última recomendação' : `Mostrar as últimas ${count} recomendações`,
  notOneOf: (attribute, value, allowed) => `${attribute} "${value}" não é ${allowed}`,
  badHeadingLevel: (level) => `heading-level${level === undefined ? '' : ` "${level}"`} não é um número inteiro de 2 a 6`,
  badLocale: (locale) => `locale "${locale}" não é uma etiqueta de idioma como "pt-BR"`,
  noProvider: 'o <tip-dataset> em volta dele não está definido: importe também tip-widgets/tip-dataset.js',
  displayFailed: 'não foi possível mostrar os dados',
  noStatAttribute: 'nenhum atributo stat indica o número a mostrar',
  noStat: (id) => `não há número com o id "${id}"`,
  fromAfterTo: (from, to) => `from ${from} é posterior a to ${to}`,
  notAYear: (attribute, value) => `${attribute} "${value}" não é um ano como 2012`,
  unknownKind: (kind, kinds) => `kind "${kind}" não é ${kinds}`,
  noEvents: (kinds, from, to) =>
    `não há eventos${kinds ? ` do tipo ${kinds}` : ''}${
      from !== undefined && to !== undefined
        ? from === to
          ? ` em ${from}`
          : ` entre ${from} e ${to}`
        : from !== undefined
          ? ` em ${from} ou depois`
          : to !== undefined
            ? ` em ${to} ou antes`
            : ''
    }`,
  noSource: (id) => `não há fonte com o id "${id}"`,
  noTopic: (topic, known) => `nenhuma recomendação tem o tema "${topic}" (temas conhecidos: ${known ?? 'nenhum'})`,
  noRecommendations: (source, topic) =>
    source && topic
      ? `nenhuma recomendação cita a fonte "${source}" e tem o tema "${topic}"`
      : source
        ? `nenhuma recomendação cita a fonte "${source}"`
        : topic
          ? `nenhuma recomendação tem o tema "${topic}"`
          : 'o conjunto de dados não tem recomendações',
  noAgency: (wanted) => `nenhum órgão tem o id ou a sigla "${wanted}"`,
  noMeeting: (wanted) => `não há reunião com o id "${wanted}"`,
  notAMeeting: (id, kind) => `o evento "${id}" é do tipo ${kind}, não uma reunião`,
  nothingReported: (agency, meeting) =>
    agency && meeting
      ? `o órgão "${agency}" não relatou nada na reunião "${meeting}"`
      : agency
        ? `o órgão "${agency}" não tem realizações no conjunto de dados`
        : meeting
          ? `nenhum órgão relatou nada na reunião "${meeting}"`
          : 'o conjunto de dados não tem realizações',
  unknownAgency: (accomplishment, agency) => `a realização "${accomplishment}" cita um órgão desconhecido, "${agency}"`,
  datasetAt: (src) => `o conjunto de dados em "${src}"`,
  datasetGiven: 'o conjunto de dados dado como data',
  notADataset: (dataset, problems, more) =>
    `${dataset} não é um conjunto de dados do tip-widgets: ${problems}${more > 0 ? `; e mais ${more} (veja o console)` : ''}`,
  notAUrl: (src) => `src "${src}" não é uma URL`,
  badTimeout: (value) => `o timeout "${value}" não é um número de milissegundos`,
  timedOut: (dataset, timeout) => `${dataset} não carregou em ${timeout} ms (o seu timeout)`,
  unreachable: (dataset) => `não foi possível obter ${dataset}: a rede falhou, ou o servidor não permite que esta página o leia (CORS)`,
  refused: (dataset, status) => `não foi possível carregar ${dataset}: o servidor respondeu ${status}`,
  notJson: (src, type) => `o arquivo em "${src}" não é JSON${type ? ` (o servidor enviou ${type})` : ''}`,
  noChecker: (dataset) => `não é possível verificar ${dataset}: adicione à página o seu verificador, tip-dataset.js`,
  notGiven: (dataset) => `${dataset} não foi entregue à renderização no servidor`,
  unreadable: (dataset, reason) => `não foi possível ler ${dataset}: ${reason}`,
  quoted: (text) => `“${text}”`,
  dataAndCitation: 'Dados e citação',
  downloadCsv: 'Baixar CSV',
  downloadJson: 'Baixar JSON',
  citeSources: (count) => (count === 1 ? 'Para citar a fonte:' : 'Para citar as fontes:'),
  copyCitation: 'Copiar citação',
  downloadBibtex: 'Baixar BibTeX',
  downloadCsl: 'Baixar CSL-JSON',
  undated: 's.d.',
  notPrinted: (count) => `mais ${count} não impressos: veja a página online`,
};

registerTranslation(pt);
