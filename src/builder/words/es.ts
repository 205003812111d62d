import type { BuilderWords } from './en.ts';
import { formatCount, plural } from '../../i18n/plural.ts';

/** Spanish, addressing the reader as usted like the widgets' own table: « » quotes, ¿…? questions, and the widgets' terms. */
export const builderEs: BuilderWords = {
  $code: 'es',
  $name: 'Español',
  $dir: 'ltr',

  title: 'Generador de código de inserción',
  intro:
    'Elija un widget, configúrelo, véalo tal como lo verán sus lectores y copie lo que debe pegar en su página. Todo ocurre en esta página: el archivo que cargue se lee aquí y no se envía a ningún sitio.',
  builderLanguage: 'Idioma de esta página',
  demoLink: 'Ver todos los widgets en la página de demostración',
  jumpToPreview: 'Ir a la vista previa',
  cannotFindRelease:
    'El generador no encuentra release.json junto a su página: ejecútelo con npm start o desde la carpeta dist/site/ que crea npm run build.',

  stepWidget: '1. ¿Qué widget?',
  widgets: {
    'tip-stat-card': ['Una cifra destacada', 'Un número, con lo que cuenta y su fuente.'],
    'task-force-timeline': ['La cronología', 'Las fechas del grupo de trabajo, desde la ley que lo creó hasta sus informes.'],
    'agency-accomplishments': ['Lo que presentó cada organismo', 'El trabajo presentado por cada departamento, con cifras.'],
    'recommendation-list': ['Las recomendaciones', 'Las recomendaciones de política pública y quién las formuló.'],
  },

  stepSettings: '2. Configuración',
  attributes: {
    stat: '¿Qué cifra?',
    notation: 'Cómo escribir las cifras grandes',
    'count-up': 'Animar la cifra al aparecer',
    from: 'Años: desde',
    to: 'Años: hasta',
    kinds: 'Tipos de evento (vacío: todos)',
    order: 'Orden',
    agency: '¿Qué organismo? (vacío: todos)',
    meeting: '¿Qué reunión? (vacío: todas)',
    layout: 'Disposición: cuadrícula o pestañas',
    source: '¿Qué informe? (vacío: todos)',
    topic: '¿Qué tema? (vacío: todos)',
    'heading-level': 'Nivel de encabezado en su página',
    theme: 'Combinación de colores',
    'hide-data': 'Ocultar «Datos y referencias»',
    locale: 'Idioma del widget',
    dir: 'Dirección del texto',
  },
  values: {
    standard: 'Completas (27.000.000)',
    compact: 'Abreviadas (27\u00a0M)',
    oldest: 'Primero los más antiguos',
    newest: 'Primero los más recientes',
    grid: 'Cuadrícula de tarjetas',
    tabs: 'Pestañas, una por organismo',
    auto: 'Según la página (modo claro u oscuro)',
    light: 'Siempre en modo claro',
    dark: 'Siempre en modo oscuro',
    ltr: 'De izquierda a derecha',
    rtl: 'De derecha a izquierda',
  },
  forDevelopers: 'Para desarrolladores',
  none: '(ninguno: valor predeterminado)',
  search: 'Buscar: palabras, un nombre, una sigla',
  searchFor: (what) => `Buscar: ${what}`,

  stepColours: '3. Colores',
  colours: { '--tip-color-text': 'Texto', '--tip-color-surface': 'Fondo', '--tip-color-accent': 'Énfasis (cifras, marcadores)' },
  defaultColours: 'Usar los colores predeterminados',
  contrastWarning: (what, ratio) => `El contraste de «${what}» con el fondo es de ${ratio.replace('.', ',')}:1; el texto necesita al menos 4,5:1.`,
  onDarkPage: (warning) => `En una página oscura: ${warning}`,

  stepData: 'Sus propios datos (opcional)',
  datasetFile: 'Un archivo de conjunto de datos (JSON, como describe data/dataset.schema.json)',
  usingFile: (file) => `En uso: ${file}.`,
  useBundled: 'Usar los datos incluidos',
  fileProblems: (count) => {
    const n = formatCount('es', count);
    return `No se puede usar este archivo: ${plural('es', count, {
      one: `${n} problema, indicado en su lugar del archivo`,
      many: `${n} de problemas, cada uno indicado en su lugar del archivo`,
      other: `${n} problemas, cada uno indicado en su lugar del archivo`,
    })}.`;
  },
  notJson: (file, reason) => `${file} no es JSON: ${reason}`,

  stepPreview: '4. Vista previa',
  previewWidth: 'Ancho',
  widths: { phone: 'Teléfono (360 px)', sidebar: 'Barra lateral (280 px)', article: 'Columna de artículo (720 px)' },
  lightPage: 'En una página clara',
  darkPage: 'En una página oscura',

  stepPaste: '5. Pegar en su página',
  hashesLater: 'Los hashes de integridad aparecerán después de ejecutar npm run build.',
  fromCdn: 'Desde la CDN de jsDelivr',
  fromThisSite: 'Desde este sitio, donde está publicado este generador',
  fromThisSiteSteps: 'Los archivos de script están publicados aquí, junto a este generador: pegue el código y su página los cargará desde este sitio.',
  selfHosted: 'Desde su propio sitio (ningún tercero ve a sus lectores)',
  selfHostedSteps: (version) =>
    `Descargue tip-widgets ${version} (npm pack tip-widgets@${version}, o el .tgz del registro de npm), descomprímalo y copie la carpeta package/dist/cdn/ en /tip-widgets/ de su sitio. Después, pegue:`,
  inHead: 'En la cabecera (head) de su página:',
  whereItGoes: 'Donde debe aparecer el widget:',
  classicNote: 'Si la página no puede cargar módulos, lo mismo con scripts clásicos:',
  preRender: 'Prerrenderizado: ejecútelo al compilar su sitio para que el widget se pueda leer sin JavaScript:',
  copy: 'Copiar',

  stepCheck: '6. Comprobar mi página',
  checkIntro: 'Pegue el HTML de su página, o la parte que rodea al widget: el generador le dirá si todo está presente y en orden.',
  pageHtml: 'El HTML de su página',
  check: 'Comprobar',
  checkFound: (count) => {
    const n = formatCount('es', count);
    return plural('es', count, {
      one: `${n} problema por corregir.`,
      many: `${n} de problemas por corregir.`,
      other: `${n} problemas por corregir.`,
    });
  },
  checkAllGood: 'Todo está presente y en orden.',
  checks: {
    bundle: 'El script de los widgets (tip-widgets.js) está presente.',
    noBundle:
      'Falta el script de los widgets (tip-widgets.js o tip-widgets.iife.js): pegue las líneas de la cabecera de su página.',
    moduleType: 'tip-widgets.js necesita type="module" (o use tip-widgets.iife.js con defer).',
    integrity: 'Su hash de integridad coincide con esta versión.',
    badIntegrity: (file) => `El hash de integridad de ${file} no coincide con esta versión: vuelva a copiar el fragmento de código.`,
    noIntegrity: (file) => `${file} no tiene hash de integridad: vuelva a copiar el fragmento de código para fijarlo a esta versión.`,
    language: (file) => `El archivo de idioma ${file} está presente, después del script de los widgets.`,
    noLanguage: (file) => `Falta el archivo de idioma ${file}: sin él, el widget se muestra en inglés.`,
    languageFirst: (file) => `${file} está antes de tip-widgets.js: colóquelo después.`,
    element: (tag) => `El widget <${tag}> está presente.`,
    noElement: (tag) => `Falta el widget <${tag}>: pegue la línea en el lugar donde debe aparecer.`,
    notInProvider: (tag) => `El widget <${tag}> no está dentro de <tip-dataset src="…">: mostraría los datos incluidos, no los suyos.`,
    checker: 'El validador de datos (dataset-checker.js) está presente, para sus propios datos.',
    noChecker: 'Para usar sus propios datos hace falta el validador de datos, dataset-checker.js, antes de tip-widgets.js.',
  },
};
