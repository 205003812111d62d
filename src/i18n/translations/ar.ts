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
  moreEvents: (count, last) => (!last ? `عرض ${count} من الأحداث الأخرى` : count === 1 ? 'عرض الحدث الأخير' : `عرض آخر ${count} من الأحداث`),

  topic: 'الموضوع:',
  furtherCall: 'دعوة أخرى بعد قائمة توصيات التقرير',
  copy: 'نسخ',
  copied: 'تم النسخ',
  copyFallback: 'اضغط Ctrl+C (⌘C على Mac) للنسخ',
  copyText: (text, issuer, citations) => `${text} — ${issuer}، توصية وردت في ${citations}`,
  moreRecommendations: (count, last) =>
    !last ? `عرض ${count} من التوصيات الأخرى` : count === 1 ? 'عرض التوصية الأخيرة' : `عرض آخر ${count} من التوصيات`,
};

registerTranslation(ar);
