// Every language's table, so the builder can preview each (a page loads only its own: dist/cdn/lang/<code>.js).
import '../i18n/translations/ar.ts';
import '../i18n/translations/es.ts';
import '../i18n/translations/fr.ts';
import '../i18n/translations/pt.ts';
