import { registerTranslation, type Translation } from '../translation-registry.ts';

/**
 * العربية, right to left. Counts are written "N من ..." ("N of the ..."), a form that needs none of
 * Arabic's six plural forms.
 */
export const ar: Translation = {
  $code: 'ar',
  $name: 'العربية',
  $dir: 'rtl',

  loading: 'جارٍ التحميل…',
  cannotShow: (element, problem) => `تعذّر عرض ${element}: ${problem}.`,

  sourcesLabel: (count) => (count === 1 ? 'المصدر:' : 'المصادر:'),
  wordedDifferently: 'بصياغة مختلفة في مصدر آخر:',
  republication: '(إعادة نشر)',
  republishedAt: (url) => `أُعيد نشره على ${url}`,
  by: 'بقلم',
  editorial: (publisher) => `افتتاحية ${publisher}`,
  orLater: (date) => `${date} أو بعده`,

  agencies: 'الجهات',
  reportedBy: 'أفاد به',

  eventKinds: { law: 'قانون', meeting: 'اجتماع', statement: 'بيان', report: 'تقرير', plan: 'خطة', commitment: 'التزام' },
  peopleInvolved: (count) => (count === 1 ? 'الشخص المعني' : count === 2 ? 'الشخصان المعنيان' : 'الأشخاص المعنيون'),
  chair: '(رئاسة الاجتماع)',
  dateDerivation: 'كيف استُنتج هذا التاريخ:',
  earlierEvents: 'الأحداث السابقة',
  laterEvents: 'الأحداث اللاحقة',
  moreEvents: (count, last) => (!last ? `عرض ${count} من الأحداث الأخرى` : count === 1 ? 'عرض الحدث الأخير' : `عرض آخر ${count} من الأحداث`),

  topic: 'الموضوع:',
  furtherCall: 'دعوة أخرى بعد قائمة توصيات التقرير',
  copy: 'نسخ',
  copied: 'تم النسخ',
  copyFallback: 'اضغط Ctrl+C (⌘C على Mac) للنسخ',
  copyText: (text, issuer, citations) => `${text} — ${issuer}، توصية وردت في ${citations}`,
  moreRecommendations: (count, last) =>
    !last ? `عرض ${count} من التوصيات الأخرى` : count === 1 ? 'عرض التوصية الأخيرة' : `عرض آخر ${count} من التوصيات`,
  notOneOf: (attribute, value, allowed) => `${attribute} "${value}" ليس ${allowed}`,
  badHeadingLevel: (level) => `heading-level${level === undefined ? '' : ` "${level}"`} ليس عددًا صحيحًا من 2 إلى 6`,
  badLocale: (locale) => `locale "${locale}" ليس وسم لغة مثل "ar-EG"`,
  noProvider: 'عنصر <tip-dataset> المحيط به غير معرَّف: استورد tip-widgets/tip-dataset.js أيضًا',
  displayFailed: 'تعذّر عرض البيانات',
  noStatAttribute: 'لا تحدّد أي سمة stat الرقم المطلوب عرضه',
  noStat: (id) => `لا يوجد رقم بالمعرّف "${id}"`,
  fromAfterTo: (from, to) => `from ${from} بعد to ${to}`,
  notAYear: (attribute, value) => `${attribute} "${value}" ليس سنة مثل 2012`,
  unknownKind: (kind, kinds) => `kind "${kind}" ليس ${kinds}`,
  noEvents: (kinds, from, to) =>
    `لا توجد أحداث${kinds ? ` من نوع ${kinds}` : ''}${
      from !== undefined && to !== undefined
        ? from === to
          ? ` في ${from}`
          : ` بين ${from} و${to}`
        : from !== undefined
          ? ` في ${from} أو بعدها`
          : to !== undefined
            ? ` في ${to} أو قبلها`
            : ''
    }`,
  noSource: (id) => `لا يوجد مصدر بالمعرّف "${id}"`,
  noTopic: (topic, known) => `لا توجد توصية بالموضوع "${topic}" (المواضيع المعروفة: ${known ?? 'لا شيء'})`,
  noRecommendations: (source, topic) =>
    source && topic
      ? `لا توجد توصية تستشهد بالمصدر "${source}" وموضوعها "${topic}"`
      : source
        ? `لا توجد توصية تستشهد بالمصدر "${source}"`
        : topic
          ? `لا توجد توصية بالموضوع "${topic}"`
          : 'لا توجد توصيات في مجموعة البيانات',
  noAgency: (wanted) => `لا توجد جهة بالمعرّف أو الاختصار "${wanted}"`,
  noMeeting: (wanted) => `لا يوجد اجتماع بالمعرّف "${wanted}"`,
  notAMeeting: (id, kind) => `الحدث "${id}" من نوع ${kind}، وليس اجتماعًا`,
  nothingReported: (agency, meeting) =>
    agency && meeting
      ? `لم تُفِد الجهة "${agency}" بشيء في الاجتماع "${meeting}"`
      : agency
        ? `لا إنجازات للجهة "${agency}" في مجموعة البيانات`
        : meeting
          ? `لم تُفِد أي جهة بشيء في الاجتماع "${meeting}"`
          : 'لا توجد إنجازات في مجموعة البيانات',
  unknownAgency: (accomplishment, agency) => `الإنجاز "${accomplishment}" يذكر جهة غير معروفة: "${agency}"`,
  datasetAt: (src) => `مجموعة البيانات في "${src}"`,
  datasetGiven: 'مجموعة البيانات المعطاة في data',
  notADataset: (dataset, problems, more) =>
    `${dataset} ليست مجموعة بيانات tip-widgets: ${problems}${more > 0 ? `؛ و${more} غيرها (انظر وحدة التحكم)` : ''}`,
  notAUrl: (src) => `src "${src}" ليس عنوان URL`,
  badTimeout: (value) => `المهلة timeout "${value}" ليست عددًا من المللي ثانية`,
  timedOut: (dataset, timeout) => `لم تُحمَّل ${dataset} خلال ${timeout} مللي ثانية (مهلتها)`,
  unreachable: (dataset) => `تعذّر جلب ${dataset}: فشلت الشبكة، أو أن خادمها لا يسمح لهذه الصفحة بقراءتها (CORS)`,
  refused: (dataset, status) => `تعذّر تحميل ${dataset}: أجاب الخادم ${status}`,
  notJson: (src, type) => `الملف في "${src}" ليس JSON${type ? ` (أرسل الخادم ${type})` : ''}`,
  noChecker: (dataset) => `لا يمكن التحقق من ${dataset}: أضف مدققها tip-dataset.js إلى الصفحة`,
  notGiven: (dataset) => `لم تُعطَ ${dataset} للعرض على الخادم`,
  unreadable: (dataset, reason) => `تعذّرت قراءة ${dataset}: ${reason}`,
  quoted: (text) => `«${text}»`,
  dataAndCitation: 'البيانات والاستشهاد',
  downloadCsv: 'تنزيل CSV',
  downloadJson: 'تنزيل JSON',
  citeSources: (count) => (count === 1 ? 'للاستشهاد بمصدره:' : 'للاستشهاد بمصادره:'),
  copyCitation: 'نسخ الاستشهاد',
  downloadBibtex: 'تنزيل BibTeX',
  downloadCsl: 'تنزيل CSL-JSON',
  undated: 'د.ت.',
  notPrinted: (count) => `${count} غيرها لم تُطبع: انظر الصفحة على الإنترنت`,
};

registerTranslation(ar);
