import type { BuilderWords } from './en.ts';
import { formatCount, plural } from '../../i18n/plural.ts';

/** Brazilian Portuguese, addressing the reader as você like the widgets' own table: “ ” quotes and the widgets' terms. */
export const builderPt: BuilderWords = {
  $code: 'pt',
  $name: 'Português',
  $dir: 'ltr',

  title: 'Gerador de código de incorporação',
  intro:
    'Escolha um widget, configure-o, veja-o como seus leitores o verão e copie o que colar na sua página. Tudo acontece nesta página: o arquivo que você carregar é lido aqui e não é enviado a lugar nenhum.',
  builderLanguage: 'Idioma desta página',
  demoLink: 'Ver todos os widgets na página de demonstração',
  jumpToPreview: 'Ir para a pré-visualização',
  cannotFindRelease:
    'O gerador não encontra o release.json ao lado da sua página: execute-o com npm start ou a partir da pasta dist/site/ que o npm run build cria.',

  stepWidget: '1. Qual widget?',
  widgets: {
    'tip-stat-card': ['Um número em destaque', 'Um número, com o que ele conta e a sua fonte.'],
    'task-force-timeline': ['A cronologia', 'As datas da força-tarefa, da lei que a criou aos seus relatórios.'],
    'agency-accomplishments': ['O que cada órgão apresentou', 'O trabalho apresentado por cada departamento, com números.'],
    'recommendation-list': ['As recomendações', 'As recomendações de políticas públicas e quem as fez.'],
  },

  stepSettings: '2. Configurações',
  attributes: {
    stat: 'Qual número?',
    notation: 'Como escrever números grandes',
    'count-up': 'Animar o número ao aparecer',
    from: 'Anos: de',
    to: 'Anos: até',
    kinds: 'Tipos de evento (vazio: todos)',
    order: 'Ordem',
    agency: 'Qual órgão? (vazio: todos)',
    meeting: 'Qual reunião? (vazio: todas)',
    layout: 'Layout: grade ou abas',
    source: 'Qual relatório? (vazio: todos)',
    topic: 'Qual tema? (vazio: todos)',
    'heading-level': 'Nível de título na sua página',
    theme: 'Esquema de cores',
    'hide-data': 'Ocultar “Dados e referências”',
    locale: 'Idioma do widget',
    dir: 'Direção do texto',
  },
  values: {
    standard: 'Completo (27.000.000)',
    compact: 'Abreviado (27\u00a0mi)',
    oldest: 'Mais antigos primeiro',
    newest: 'Mais recentes primeiro',
    grid: 'Grade de cartões',
    tabs: 'Abas, uma por órgão',
    auto: 'Igual à página (claro ou escuro)',
    light: 'Sempre claro',
    dark: 'Sempre escuro',
    ltr: 'Da esquerda para a direita',
    rtl: 'Da direita para a esquerda',
  },
  forDevelopers: 'Para desenvolvedores',
  none: '(nenhum: o padrão)',
  search: 'Buscar: palavras, um nome, uma sigla',
  searchFor: (what) => `Buscar: ${what}`,

  stepColours: '3. Cores',
  colours: { '--tip-color-text': 'Texto', '--tip-color-surface': 'Fundo', '--tip-color-accent': 'Destaque (números, marcadores)' },
  defaultColours: 'Usar as cores padrão',
  contrastWarning: (what, ratio) => `O contraste de “${what}” com o fundo é de ${ratio.replace('.', ',')}:1; o texto precisa de pelo menos 4,5:1.`,
  onDarkPage: (warning) => `Em uma página escura: ${warning}`,

  stepData: 'Seus próprios dados (opcional)',
  datasetFile: 'Um arquivo de conjunto de dados (JSON, conforme descrito em data/dataset.schema.json)',
  usingFile: (file) => `Em uso: ${file}.`,
  useBundled: 'Usar os dados incluídos',
  fileProblems: (count) => {
    const n = formatCount('pt', count);
    return `Este arquivo não pode ser usado: ${plural('pt', count, {
      one: `${n} problema, indicado no seu lugar no arquivo`,
      other: `${n} problemas, cada um indicado no seu lugar no arquivo`,
    })}.`;
  },
  notJson: (file, reason) => `${file} não é JSON: ${reason}`,

  stepPreview: '4. Pré-visualização',
  previewWidth: 'Largura',
  widths: { phone: 'Celular (360 px)', sidebar: 'Barra lateral (280 px)', article: 'Coluna de artigo (720 px)' },
  lightPage: 'Em uma página clara',
  darkPage: 'Em uma página escura',

  stepPaste: '5. Colar na sua página',
  hashesLater: 'Os hashes de integridade aparecerão depois que você executar npm run build.',
  fromCdn: 'Da CDN jsDelivr',
  fromThisSite: 'Deste site, onde este gerador está publicado',
  fromThisSiteSteps: 'Os arquivos de script estão publicados aqui, ao lado deste gerador: cole o código e sua página os carregará deste site.',
  selfHosted: 'Do seu próprio site (nenhum terceiro vê seus leitores)',
  selfHostedSteps: (version) =>
    `Baixe o tip-widgets ${version} (npm pack tip-widgets@${version}, ou o .tgz do registro do npm), descompacte-o e copie a pasta package/dist/cdn/ para /tip-widgets/ no seu site. Depois, cole:`,
  inHead: 'No cabeçalho (head) da sua página:',
  whereItGoes: 'Onde o widget deve aparecer:',
  classicNote: 'Se a página não puder carregar módulos, o mesmo com scripts clássicos:',
  preRender: 'Pré-renderizado: execute no build do seu site, para que o widget possa ser lido sem JavaScript:',
  copy: 'Copiar',

  stepCheck: '6. Verificar minha página',
  checkIntro: 'Cole o HTML da sua página, ou a parte em torno do widget: o gerador diz se está tudo lá e na ordem certa.',
  pageHtml: 'O HTML da sua página',
  check: 'Verificar',
  checkFound: (count) => {
    const n = formatCount('pt', count);
    return plural('pt', count, { one: `${n} problema a corrigir.`, other: `${n} problemas a corrigir.` });
  },
  checkAllGood: 'Está tudo lá e na ordem certa.',
  checks: {
    bundle: 'O script dos widgets (tip-widgets.js) está presente.',
    noBundle: 'Falta o script dos widgets (tip-widgets.js ou tip-widgets.iife.js): cole as linhas do cabeçalho da sua página.',
    moduleType: 'tip-widgets.js precisa de type="module" (ou use tip-widgets.iife.js com defer).',
    integrity: 'O hash de integridade dele corresponde a esta versão.',
    badIntegrity: (file) => `O hash de integridade de ${file} não corresponde a esta versão: copie o trecho de código novamente.`,
    noIntegrity: (file) => `${file} não tem hash de integridade: copie o trecho de código novamente para fixá-lo nesta versão.`,
    language: (file) => `O arquivo de idioma ${file} está presente, depois do script dos widgets.`,
    noLanguage: (file) => `Falta o arquivo de idioma ${file}: sem ele, o widget aparece em inglês.`,
    languageFirst: (file) => `${file} vem antes de tip-widgets.js: coloque-o depois.`,
    element: (tag) => `O widget <${tag}> está presente.`,
    noElement: (tag) => `Falta o widget <${tag}>: cole a linha no lugar onde ele deve aparecer.`,
    notInProvider: (tag) => `O widget <${tag}> não está dentro de <tip-dataset src="…">: mostraria os dados incluídos, não os seus.`,
    checker: 'O verificador de dados (dataset-checker.js) está presente, para seus próprios dados.',
    noChecker: 'Para usar seus próprios dados, é preciso o verificador dataset-checker.js antes de tip-widgets.js.',
  },
};
