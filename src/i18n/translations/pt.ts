import { formatCount, plural } from '../plural.ts';
import { registerTranslation } from '../translation-registry.ts';
import type { Translation } from '../translation.ts';

/**
 * Português (do Brasil, understood in Portugal too; a `pt-PT` table can replace any of it). Counts agree through
 * `plural('pt', …)`: Intl counts 0 and 1 as `one` in `pt`, so a `one` form prints its count rather than "1".
 */
const n = (count: number) => formatCount('pt', count);

export const pt: Translation = {
  $code: 'pt',
  $name: 'Português',
  $dir: 'ltr',

  loading: 'Carregando…',
  cannotShow: (element, problem) => `Não é possível mostrar este elemento <${element}>: ${problem}.`,

  sourcesLabel: (count) => plural('pt', count, { one: 'Fonte:', other: 'Fontes:' }),
  wordedDifferently: 'Com redação diferente em outra fonte:',
  republication: '(republicação)',
  republishedAt: (url) => `republicado em ${url}`,
  by: 'por',
  editorial: (publisher) => `${publisher} (editorial)`,
  orLater: (date) => `${date} ou posterior`,
  fromAddress: (text) => `${text} [segundo o seu endereço web]`,
  archivedCopy: 'cópia arquivada (pode ser diferente)',

  agencies: 'Órgãos',
  reportedBy: 'Segundo',
  carriedOutBy: 'A cargo de',

  eventKinds: { law: 'Lei', meeting: 'Reunião', statement: 'Declaração', report: 'Relatório', plan: 'Plano', commitment: 'Compromisso' },
  peopleInvolved: (count) => plural('pt', count, { one: 'Participante', other: 'Participantes' }),
  chair: '(presidiu a reunião)',
  dateDerivation: 'Como se chegou a esta data:',
  earlierEvents: 'Eventos anteriores',
  laterEvents: 'Eventos posteriores',
  moreEvents: (count, last) =>
    last
      ? plural('pt', count, { one: 'Mostrar o evento restante', other: `Mostrar os ${n(count)} eventos restantes` })
      : plural('pt', count, { one: `Mostrar mais ${n(count)} evento`, other: `Mostrar mais ${n(count)} eventos` }),

  topic: 'Tema:',
  furtherCall: 'Um apelo adicional, depois da lista de recomendações do relatório',
  copy: 'Copiar',
  copied: 'Copiado',
  copyFallback: 'Pressione Ctrl+C (⌘C no Mac) para copiar',
  copyText: (text, issuer, citations) => `${text} — ${issuer}, recomendação publicada em ${citations}`,
  moreRecommendations: (count, last) =>
    last
      ? plural('pt', count, { one: 'Mostrar a recomendação restante', other: `Mostrar as ${n(count)} recomendações restantes` })
      : plural('pt', count, { one: `Mostrar mais ${n(count)} recomendação`, other: `Mostrar mais ${n(count)} recomendações` }),

  notOneOf: (attribute, value, allowed, count) =>
    `o valor "${value}" do atributo ${attribute} não é válido: use ${count > 2 ? `um dos valores ${allowed}` : allowed}`,
  badHeadingLevel: (level) =>
    `o valor do atributo heading-level${level === undefined ? '' : ` ("${level}")`} deve ser um número inteiro entre 2 e 6`,
  badLocale: (locale) => `locale "${locale}" não é uma etiqueta de idioma (por exemplo, "pt-BR")`,
  noProvider: 'o <tip-dataset> que o envolve não está definido: importe também tip-widgets/tip-dataset.js',
  displayFailed: 'não foi possível mostrar os dados',
  noStatAttribute: 'nenhum atributo stat indica o número a mostrar',
  noStat: (id) => `nenhum número tem o id "${id}"`,
  fromAfterTo: (from, to) => `o atributo from (${from}) é posterior ao atributo to (${to})`,
  notAYear: (attribute, value) => `${attribute} "${value}" não é um ano (por exemplo, 2012)`,
  unknownKind: (kind, kinds) => `kind "${kind}" não é válido: deve ser ${kinds}`,
  noEvents: (kinds, from, to) =>
    `não há eventos${kinds ? ` do tipo ${kinds}` : ''}${
      from !== undefined && to !== undefined
        ? from === to
          ? ` em ${from}`
          : ` entre ${from} e ${to}`
        : from !== undefined
          ? ` a partir de ${from}`
          : to !== undefined
            ? ` até ${to}`
            : ''
    }`,
  noSource: (id) => `nenhuma fonte tem o id "${id}"`,
  noTopic: (topic, known) => `nenhuma recomendação tem o tema "${topic}" (temas conhecidos: ${known ?? 'nenhum'})`,
  noRecommendations: (source, topic) =>
    source && topic
      ? `nenhuma recomendação com o tema "${topic}" cita a fonte "${source}"`
      : source
        ? `nenhuma recomendação cita a fonte "${source}"`
        : topic
          ? `nenhuma recomendação tem o tema "${topic}"`
          : 'o conjunto de dados não tem recomendações',
  noAgency: (wanted) => `nenhum órgão tem o id ou a sigla "${wanted}"`,
  noMeeting: (wanted) => `nenhuma reunião tem o id "${wanted}"`,
  notAMeeting: (id, kind) => `o evento "${id}" é do tipo ${kind}, não uma reunião`,
  nothingReported: (agency, meeting) =>
    agency && meeting
      ? `o órgão "${agency}" não apresentou nada na reunião "${meeting}"`
      : agency
        ? `o órgão "${agency}" não tem realizações no conjunto de dados`
        : meeting
          ? `nenhum órgão apresentou nada na reunião "${meeting}"`
          : 'o conjunto de dados não tem realizações',
  unknownAgency: (accomplishment, agency) => `a realização "${accomplishment}" indica um órgão desconhecido, "${agency}"`,

  datasetAt: (src) => `o conjunto de dados em "${src}"`,
  datasetGiven: 'o conjunto de dados indicado na propriedade data',
  notADataset: (dataset, problems, more) =>
    `${dataset} não é um conjunto de dados do tip-widgets: ${problems}${
      more > 0 ? ` (e mais ${plural('pt', more, { one: `${n(more)} problema`, other: `${n(more)} problemas` })}: veja o console)` : ''
    }`,
  notAUrl: (src) => `src "${src}" não é um endereço URL`,
  badTimeout: (value) => `timeout "${value}" não é um número de milissegundos`,
  timedOut: (dataset, timeout) => `${dataset} não carregou em ${n(timeout)} ms (limite definido no atributo timeout)`,
  unreachable: (dataset) => `não foi possível obter ${dataset}: a rede falhou ou o servidor não permite que esta página o leia (CORS)`,
  refused: (dataset, status) => `não foi possível carregar ${dataset}: o servidor respondeu com o erro ${status}`,
  notJson: (src, type) => `o conteúdo de "${src}" não é JSON${type ? ` (o servidor enviou ${type})` : ''}`,
  noChecker: (dataset) => `não é possível verificar ${dataset}: adicione à página o verificador dataset-checker.js`,
  notGiven: (dataset) => `${dataset} não foi fornecido à renderização no servidor`,
  unreadable: (dataset, reason) => `não foi possível ler ${dataset}: ${reason}`,

  quoted: (text) => `“${text}”`,
  separator: ', ',
  listSeparator: '; ',
  dataAndCitation: 'Dados e referências',
  downloadCsv: 'Baixar CSV',
  downloadJson: 'Baixar JSON',
  citeSources: (count) => plural('pt', count, { one: 'Para citar a fonte:', other: 'Para citar as fontes:' }),
  copyCitation: 'Copiar para citar',
  downloadBibtex: 'Baixar BibTeX',
  downloadCsl: 'Baixar CSL-JSON',
  undated: 's.\u00a0d.',
  datasetRelease: (version, date) => `Conjunto de dados ${version}, ${date}:`,
  version: (version) => `versão ${version}`,
  notPrinted: (count) =>
    plural('pt', count, { one: `${n(count)} item não foi impresso`, other: `${n(count)} itens não foram impressos` }) + ': consulte a página on-line',
};

registerTranslation(pt);
