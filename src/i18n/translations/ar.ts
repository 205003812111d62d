import { formatCount, isolate, plural } from '../plural.ts';
import { registerTranslation } from '../translation-registry.ts';
import type { Translation } from '../translation.ts';

/**
 * العربية, right to left. A count agrees with its noun in the form Intl.PluralRules gives it (`plural`: one,
 * two, 3–10, 11–99, 100 and more) and is written in Intl.NumberFormat's digits (`formatCount`); Latin words
 * inside a sentence (tag, attribute and file names, ids, addresses, the dataset's English) are isolated
 * (`isolate`) so that they do not reorder it; values are quoted «…».
 */
const digits = (n: number) => formatCount('ar', n);
const quote = (text: string) => `«${isolate(text)}»`;

const eventKinds = { law: 'قانون', meeting: 'اجتماع', statement: 'بيان', report: 'تقرير', plan: 'خطة', commitment: 'التزام' };

export const ar: Translation = {
  $code: 'ar',
  $name: 'العربية',
  $dir: 'rtl',

  loading: 'جارٍ التحميل…',
  cannotShow: (element, problem) => `تعذّر عرض العنصر ${isolate(element)}: ${problem}.`,

  sourcesLabel: (count) => plural('ar', count, { one: 'المصدر:', two: 'المصدران:', other: 'المصادر:' }),
  wordedDifferently: 'بصياغة مختلفة في مصدر آخر:',
  republication: '(أُعيد نشره)',
  republishedAt: (url) => `أُعيد نشره على ${isolate(url)}`,
  by: 'بقلم',
  editorial: (publisher) => `افتتاحية ${isolate(publisher)}`,
  orLater: (date) => `${date} أو بعد ذلك`,
  fromAddress: (text) => `${text} [بحسب عنوان صفحته]`,
  archivedCopy: 'نسخة مؤرشفة (قد تختلف)',

  agencies: 'الجهات',
  reportedBy: 'بحسب',
  carriedOutBy: 'الجهة المنفِّذة:',

  eventKinds,
  peopleInvolved: (count) => plural('ar', count, { one: 'المشارك', two: 'المشاركان', other: 'المشاركون' }),
  chair: '(رئاسة الاجتماع)',
  dateDerivation: 'كيف استُنتج هذا التاريخ:',
  earlierEvents: 'الأحداث السابقة',
  laterEvents: 'الأحداث اللاحقة',
  moreEvents: (count, last) =>
    last
      ? plural('ar', count, {
          zero: 'لا أحداث أخرى',
          one: 'عرض الحدث المتبقي',
          two: 'عرض الحدثين المتبقيين',
          few: `عرض الأحداث المتبقية (${digits(count)} أحداث)`,
          many: `عرض الأحداث المتبقية (${digits(count)} حدثًا)`,
          other: `عرض الأحداث المتبقية (${digits(count)} حدث)`,
        })
      : plural('ar', count, {
          zero: 'لا أحداث أخرى',
          one: 'عرض حدث آخر',
          two: 'عرض حدثين آخرين',
          few: `عرض ${digits(count)} أحداث أخرى`,
          many: `عرض ${digits(count)} حدثًا آخر`,
          other: `عرض ${digits(count)} حدث آخر`,
        }),

  topic: 'الموضوع:',
  furtherCall: 'دعوة إضافية، بعد قائمة توصيات التقرير',
  copy: 'نسخ',
  copied: 'تمّ النسخ',
  copyFallback: `اضغط ${isolate('Ctrl+C')} (${isolate('⌘C')} على أجهزة ${isolate('Mac')}) للنسخ`,
  copyText: (text, issuer, citations) => `${isolate(text)} — ${isolate(issuer)}، توصية وردت في ${citations}`,
  moreRecommendations: (count, last) =>
    last
      ? plural('ar', count, {
          zero: 'لا توصيات أخرى',
          one: 'عرض التوصية المتبقية',
          two: 'عرض التوصيتين المتبقيتين',
          few: `عرض التوصيات المتبقية (${digits(count)} توصيات)`,
          many: `عرض التوصيات المتبقية (${digits(count)} توصيةً)`,
          other: `عرض التوصيات المتبقية (${digits(count)} توصية)`,
        })
      : plural('ar', count, {
          zero: 'لا توصيات أخرى',
          one: 'عرض توصية أخرى',
          two: 'عرض توصيتين أخريين',
          few: `عرض ${digits(count)} توصيات أخرى`,
          many: `عرض ${digits(count)} توصيةً أخرى`,
          other: `عرض ${digits(count)} توصية أخرى`,
        }),
  notOneOf: (attribute, value, allowed, count) =>
    `قيمة ${isolate(attribute)} ${quote(value)} غير صالحة: يجب أن تكون ${count > 2 ? 'إحدى القيم ' : ''}${allowed}`,
  badHeadingLevel: (level) =>
    `قيمة ${isolate('heading-level')}${level === undefined ? '' : ` ${quote(level)}`} ليست عددًا صحيحًا بين 2 و6`,
  badLocale: (locale) => `قيمة ${isolate('locale')} ${quote(locale)} ليست رمز لغة مثل ${quote('ar-EG')}`,
  noProvider: `العنصر الحاوي ${isolate('<tip-dataset>')} غير معرَّف: استورد ${isolate('tip-widgets/tip-dataset.js')} أيضًا`,
  displayFailed: 'تعذّر عرض البيانات',
  noStatAttribute: `لا توجد سمة ${isolate('stat')} تحدّد الرقم المطلوب عرضه`,
  noStat: (id) => `لا يوجد رقم إحصائي بالمعرّف ${quote(id)}`,
  fromAfterTo: (from, to) => `قيمة ${isolate('from')} (${from}) تأتي بعد قيمة ${isolate('to')} (${to})`,
  notAYear: (attribute, value) => `قيمة ${isolate(attribute)} ${quote(value)} ليست سنة مثل 2012`,
  unknownKind: (kind, kinds) => `قيمة ${isolate('kind')} ${quote(kind)} غير صالحة: يجب أن تكون إحدى القيم ${kinds}`,
  noEvents: (kinds, from, to) =>
    `لا توجد أحداث${kinds ? ` من نوع ${kinds}` : ''}${
      from !== undefined && to !== undefined
        ? from === to
          ? ` في عام ${from}`
          : ` بين عامَي ${from} و${to}`
        : from !== undefined
          ? ` في عام ${from} أو بعده`
          : to !== undefined
            ? ` في عام ${to} أو قبله`
            : ''
    }`,
  noSource: (id) => `لا يوجد مصدر بالمعرّف ${quote(id)}`,
  noTopic: (topic, known) => `لا توجد توصية موضوعها ${quote(topic)} (الموضوعات المتاحة: ${known ? known : 'لا شيء'})`,
  noRecommendations: (source, topic) =>
    source && topic
      ? `لا توجد توصية تُحيل إلى المصدر ${quote(source)} وموضوعها ${quote(topic)}`
      : source
        ? `لا توجد توصية تُحيل إلى المصدر ${quote(source)}`
        : topic
          ? `لا توجد توصية موضوعها ${quote(topic)}`
          : 'لا توجد توصيات في مجموعة البيانات',
  noAgency: (wanted) => `لا توجد جهة بالمعرّف أو الاختصار ${quote(wanted)}`,
  noMeeting: (wanted) => `لا يوجد اجتماع بالمعرّف ${quote(wanted)}`,
  notAMeeting: (id, kind) =>
    `الحدث ${quote(id)} من نوع «${Object.hasOwn(eventKinds, kind) ? eventKinds[kind as keyof typeof eventKinds] : isolate(kind)}»، وليس اجتماعًا`,
  nothingReported: (agency, meeting) =>
    agency && meeting
      ? `لم تقدّم الجهة ${quote(agency)} شيئًا في الاجتماع ${quote(meeting)}`
      : agency
        ? `لا إنجازات للجهة ${quote(agency)} في مجموعة البيانات`
        : meeting
          ? `لم تقدّم أي جهة شيئًا في الاجتماع ${quote(meeting)}`
          : 'لا توجد إنجازات في مجموعة البيانات',
  unknownAgency: (accomplishment, agency) => `يذكر الإنجاز ${quote(accomplishment)} جهة غير معروفة: ${quote(agency)}`,
  datasetAt: (src) => `مجموعة البيانات في ${quote(src)}`,
  datasetGiven: `مجموعة البيانات المحدَّدة في الخاصية ${isolate('data')}`,
  notADataset: (dataset, problems, more) =>
    `${dataset} ليست مجموعة بيانات صالحة لـ${isolate('tip-widgets')}: ${isolate(problems)}${
      more > 0
        ? `؛ ${plural('ar', more, {
            one: 'ومشكلة أخرى',
            two: 'ومشكلتان أخريان',
            few: `و${digits(more)} مشكلات أخرى`,
            many: `و${digits(more)} مشكلةً أخرى`,
            other: `و${digits(more)} مشكلة أخرى`,
          })} (انظر وحدة التحكم)`
        : ''
    }`,
  notAUrl: (src) => `قيمة ${isolate('src')} ${quote(src)} ليست عنوان ${isolate('URL')}`,
  badTimeout: (value) => `قيمة المهلة ${isolate('timeout')} ${quote(value)} ليست مدة بالملّي ثانية`,
  timedOut: (dataset, timeout) =>
    `لم تُحمَّل ${dataset} خلال مهلتها البالغة ${plural('ar', timeout, {
      one: 'ملّي ثانية واحدة',
      two: 'ملّي ثانيتين',
      few: `${digits(timeout)} ملّي ثوانٍ`,
      many: `${digits(timeout)} ملّي ثانيةً`,
      other: `${digits(timeout)} ملّي ثانية`,
    })}`,
  unreachable: (dataset) =>
    `تعذّر جلب ${dataset}: إمّا لتعذّر الاتصال بالشبكة، وإمّا لأنّ خادمها لا يسمح لهذه الصفحة بقراءتها (${isolate('CORS')})`,
  refused: (dataset, status) => `تعذّر تحميل ${dataset}: ردّ الخادم بالرمز ${isolate(status)}`,
  notJson: (src, type) => `الملف في ${quote(src)} ليس بتنسيق ${isolate('JSON')}${type ? ` (نوع المحتوى الذي أرسله الخادم: ${isolate(type)})` : ''}`,
  noChecker: (dataset) => `لا يمكن التحقق من ${dataset}: أضف مدقّقها ${isolate('dataset-checker.js')} إلى الصفحة`,
  notGiven: (dataset) => `لم تُمرَّر ${dataset} إلى العرض من جانب الخادم`,
  unreadable: (dataset, reason) => `تعذّرت قراءة ${dataset}: ${isolate(reason)}`,
  quoted: (text) => `«${text}»`,
  separator: '، ',
  listSeparator: '؛ ',
  dataAndCitation: 'البيانات والمراجع',
  downloadCsv: 'تنزيل CSV',
  downloadJson: 'تنزيل JSON',
  citeSources: (count) => plural('ar', count, { one: 'للإحالة إلى المصدر:', two: 'للإحالة إلى المصدرين:', other: 'للإحالة إلى المصادر:' }),
  copyCitation: 'نسخ المرجع',
  downloadBibtex: 'تنزيل BibTeX',
  downloadCsl: 'تنزيل CSL-JSON',
  undated: 'د.ت.',
  datasetRelease: (version, date) => `مجموعة البيانات ${isolate(version)}، ${date}:`,
  version: (version) => `الإصدار ${isolate(version)}`,
  notPrinted: (count) => {
    const online = ': انظر الصفحة على الإنترنت';
    return plural('ar', count, {
      zero: 'طُبعت العناصر كلها',
      one: `لم يُطبع عنصر آخر${online}`,
      two: `لم يُطبع عنصران آخران${online}`,
      few: `لم يُطبع ${digits(count)} عناصر أخرى${online}`,
      many: `لم يُطبع ${digits(count)} عنصرًا آخر${online}`,
      other: `لم يُطبع ${digits(count)} عنصر آخر${online}`,
    });
  },
};

registerTranslation(ar);
