import type { BuilderWords } from './en.ts';
import { formatCount, isolate, plural } from '../../i18n/plural.ts';

const digits = (n: number) => formatCount('ar', n);

/** Arabic, right to left: the Arabic comma «،» and «» quotes; Latin insertions (files, tags, commands, px and ratios) isolated with `isolate`. */
export const builderAr: BuilderWords = {
  $code: 'ar',
  $name: 'العربية',
  $dir: 'rtl',

  title: 'مُنشئ شيفرة التضمين',
  intro:
    'اختر أداة، واضبط إعداداتها، وشاهدها كما سيراها قرّاؤك، ثم انسخ ما تلصقه في صفحتك. كل شيء يجري في هذه الصفحة: الملف الذي تحمّله يُقرأ هنا ولا يُرسَل إلى أي مكان.',
  builderLanguage: 'لغة هذه الصفحة',
  demoLink: 'شاهد كل الأدوات في صفحة العرض التوضيحي',
  jumpToPreview: 'انتقل إلى المعاينة',
  cannotFindRelease: `لا يجد المُنشئ الملف ${isolate('release.json')} بجوار صفحته: شغّله بالأمر ${isolate('npm start')}، أو من المجلد ${isolate('dist/site/')} الذي ينشئه الأمر ${isolate('npm run build')}.`,

  stepWidget: '1. أيّ أداة؟',
  widgets: {
    'tip-stat-card': ['رقم بارز', 'رقم واحد مع ما يحصيه ومصدره.'],
    'task-force-timeline': ['التسلسل الزمني', 'تواريخ فرقة العمل، من القانون الذي أنشأها إلى تقاريرها.'],
    'agency-accomplishments': ['ما قدّمته كل جهة', 'العمل الذي قدّمته كل وزارة، مع الأرقام.'],
    'recommendation-list': ['التوصيات', 'توصيات السياسات العامة، ومن قدّمها.'],
  },

  stepSettings: '2. الإعدادات',
  attributes: {
    stat: 'أيّ رقم؟',
    notation: 'طريقة كتابة الأرقام الكبيرة',
    'count-up': 'تحريك الرقم تصاعديًا عند ظهوره',
    from: 'السنوات: من',
    to: 'السنوات: إلى',
    kinds: 'أنواع الأحداث (فارغ: الكل)',
    order: 'الترتيب',
    agency: 'أيّ جهة؟ (فارغ: الكل)',
    meeting: 'أيّ اجتماع؟ (فارغ: الكل)',
    layout: 'التخطيط: شبكة أو علامات تبويب',
    source: 'أيّ تقرير؟ (فارغ: الكل)',
    topic: 'أيّ موضوع؟ (فارغ: الكل)',
    'heading-level': 'مستوى العنوان في صفحتك',
    theme: 'نظام الألوان',
    'hide-data': 'إخفاء «البيانات والمراجع»',
    locale: 'لغة الأداة',
    dir: 'اتجاه النص',
  },
  values: {
    standard: `كاملة (${isolate('27,000,000')})`,
    compact: 'مختصرة (27 مليون)',
    oldest: 'الأقدم أولًا',
    newest: 'الأحدث أولًا',
    grid: 'شبكة بطاقات',
    tabs: 'علامات تبويب، واحدة لكل جهة',
    auto: 'مثل الصفحة (فاتح أو داكن)',
    light: 'فاتح دائمًا',
    dark: 'داكن دائمًا',
    ltr: 'من اليسار إلى اليمين',
    rtl: 'من اليمين إلى اليسار',
  },
  forDevelopers: 'للمطوّرين',
  none: '(لا شيء: القيمة الافتراضية)',
  search: 'بحث: كلمات، أو اسم، أو اختصار',
  searchFor: (what) => `بحث: ${isolate(what)}`,

  stepColours: '3. الألوان',
  colours: { '--tip-color-text': 'النص', '--tip-color-surface': 'الخلفية', '--tip-color-accent': 'لون التمييز (الأرقام، العلامات)' },
  defaultColours: 'استخدام الألوان الافتراضية',
  contrastWarning: (what, ratio) =>
    `تباين «${isolate(what)}» مع الخلفية ${isolate(`${ratio}:1`)}؛ ويحتاج النص إلى ${isolate('4.5:1')} على الأقل.`,
  onDarkPage: (warning) => `على صفحة داكنة: ${warning}`,

  stepData: 'بياناتك الخاصة (اختياري)',
  datasetFile: `ملف مجموعة بيانات (بتنسيق ${isolate('JSON')} كما يصفه ${isolate('data/dataset.schema.json')})`,
  usingFile: (file) => `يُستخدم الملف ${isolate(file)}.`,
  useBundled: 'استخدام البيانات المرفقة',
  fileProblems: (count) =>
    `لا يمكن استخدام هذا الملف: ${plural('ar', count, {
      one: 'فيه مشكلة واحدة مبيَّنة في موضعها من الملف.',
      two: 'فيه مشكلتان، وكل مشكلة مبيَّنة في موضعها من الملف.',
      few: `فيه ${digits(count)} مشكلات، وكل مشكلة مبيَّنة في موضعها من الملف.`,
      many: `فيه ${digits(count)} مشكلةً، وكل مشكلة مبيَّنة في موضعها من الملف.`,
      other: `فيه ${digits(count)} مشكلة، وكل مشكلة مبيَّنة في موضعها من الملف.`,
    })}`,
  notJson: (file, reason) => `الملف ${isolate(file)} ليس بتنسيق ${isolate('JSON')}: ${isolate(reason)}`,

  stepPreview: '4. المعاينة',
  previewWidth: 'العرض',
  widths: { phone: `هاتف (${isolate('360 px')})`, sidebar: `شريط جانبي (${isolate('280 px')})`, article: `عمود مقال (${isolate('720 px')})` },
  lightPage: 'على صفحة فاتحة',
  darkPage: 'على صفحة داكنة',

  stepPaste: '5. اللصق في صفحتك',
  hashesLater: `تظهر قيم التجزئة للتحقق من السلامة بعد تشغيل ${isolate('npm run build')}.`,
  fromCdn: `من شبكة توصيل المحتوى ${isolate('jsDelivr')}`,
  fromThisSite: 'من هذا الموقع، حيث نُشر هذا المُنشئ',
  fromThisSiteSteps: 'ملفات السكربتات منشورة هنا بجوار هذا المُنشئ: الصق الشيفرة، وستحمّلها صفحتك من هذا الموقع.',
  selfHosted: 'من موقعك الخاص (لا يرى أي طرف ثالث قرّاءك)',
  selfHostedSteps: (version) =>
    `نزّل ${isolate(`tip-widgets ${version}`)} (${isolate(`npm pack tip-widgets@${version}`)}، أو ملف ${isolate('.tgz')} من سجل ${isolate('npm')})، وفكّ ضغطه، وانسخ المجلد ${isolate('package/dist/cdn/')} إلى ${isolate('/tip-widgets/')} في موقعك. ثم الصق:`,
  inHead: `في ترويسة صفحتك (${isolate('head')}):`,
  whereItGoes: 'في المكان الذي يجب أن تظهر فيه الأداة:',
  classicNote: 'إن لم تستطع الصفحة تحميل الوحدات، فهذه الشيفرة نفسها بسكربتات تقليدية:',
  preRender: `عرض مسبق: شغّله أثناء بناء موقعك، لتُقرأ الأداة من دون ${isolate('JavaScript')}:`,
  copy: 'نسخ',

  stepCheck: '6. التحقق من صفحتي',
  checkIntro: `الصق شيفرة ${isolate('HTML')} لصفحتك، أو الجزء المحيط بالأداة: سيخبرك المُنشئ إن كان كل شيء موجودًا وبالترتيب الصحيح.`,
  pageHtml: `شيفرة ${isolate('HTML')} لصفحتك`,
  check: 'تحقّق',
  checkFound: (count) =>
    plural('ar', count, {
      zero: 'لا شيء يحتاج إلى إصلاح.',
      one: 'مشكلة واحدة يجب إصلاحها.',
      two: 'مشكلتان يجب إصلاحهما.',
      few: `${digits(count)} مشكلات يجب إصلاحها.`,
      many: `${digits(count)} مشكلةً يجب إصلاحها.`,
      other: `${digits(count)} مشكلة يجب إصلاحها.`,
    }),
  checkAllGood: 'كل شيء موجود وبالترتيب الصحيح.',
  checks: {
    bundle: `سكربت الأدوات (${isolate('tip-widgets.js')}) موجود.`,
    noBundle: `سكربت الأدوات (${isolate('tip-widgets.js')} أو ${isolate('tip-widgets.iife.js')}) غير موجود: الصق الأسطر الخاصة بترويسة صفحتك.`,
    moduleType: `يحتاج ${isolate('tip-widgets.js')} إلى ${isolate('type="module"')} (أو استخدم ${isolate('tip-widgets.iife.js')} مع ${isolate('defer')}).`,
    integrity: 'قيمة التجزئة للتحقق من سلامته تطابق هذا الإصدار.',
    badIntegrity: (file) => `قيمة التجزئة للتحقق من سلامة ${isolate(file)} لا تطابق هذا الإصدار: انسخ الشيفرة من جديد.`,
    noIntegrity: (file) => `لا توجد قيمة تجزئة للتحقق من سلامة ${isolate(file)}: انسخ الشيفرة من جديد لتثبيت إصداره.`,
    language: (file) => `ملف اللغة ${isolate(file)} موجود، بعد سكربت الأدوات.`,
    noLanguage: (file) => `ملف اللغة ${isolate(file)} غير موجود: من دونه تعرض الأداة نصوصها بالإنجليزية.`,
    languageFirst: (file) => `الملف ${isolate(file)} يأتي قبل ${isolate('tip-widgets.js')}: ضعه بعده.`,
    element: (tag) => `الأداة ${isolate(`<${tag}>`)} موجودة.`,
    noElement: (tag) => `الأداة ${isolate(`<${tag}>`)} غير موجودة: الصق سطرها في المكان الذي يجب أن تظهر فيه.`,
    notInProvider: (tag) => `الأداة ${isolate(`<${tag}>`)} ليست داخل ${isolate('<tip-dataset src="…">')}: ستعرض البيانات المضمَّنة لا بياناتك.`,
    checker: `مدقّق مجموعة البيانات (${isolate('dataset-checker.js')}) موجود، لبياناتك الخاصة.`,
    noChecker: `تحتاج بياناتك الخاصة إلى مدقّق مجموعة البيانات ${isolate('dataset-checker.js')} قبل ${isolate('tip-widgets.js')}.`,
  },
};
