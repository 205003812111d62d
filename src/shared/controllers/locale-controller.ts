import { isServer, type ReactiveController, type ReactiveElement } from 'lit';
import { wordsLang } from '../../i18n/language-tags.ts';
import { TRANSLATION_EVENT } from '../../i18n/translation-registry.ts';
import { wordsFor } from '../../i18n/words.ts';
import type { WidgetLanguage } from '../resolve-context.ts';
import { pageWatch } from './page-watch.ts';

/** A widget's language, and why its `locale` could not be used where it could not (the widget then speaks English). */
export interface LocaleReading {
  language: WidgetLanguage;
  problem?: string;
}

interface LocaleHost extends ReactiveElement {
  /** The host's `locale` attribute: a BCP 47 tag, or nothing to follow the page. */
  locale?: string;
  dir: string;
}

/**
 * Calls a widget back whenever a `lang` attribute changes anywhere in the document: on `<html>`, or on an ancestor
 * of a widget (a site's language switcher, a framework re-rendering a section). Only that attribute is watched.
 */
const watchLang = pageWatch((notify) =>
  new MutationObserver(notify).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true }),
);

/**
 * The language a widget speaks: its `locale`, else the nearest `lang` around it, else `en-US`; the words for it
 * (English where no table is registered for it); and its direction, which is its own `dir` attribute, else its
 * words' (an Arabic widget is right to left on any page). It asks for an update when any of these changes without
 * the host's properties changing: the page's or an ancestor's `lang`, or a language registered late (its file
 * loaded after the widget drew). `reading` is the same object until one of them changes, and costs nothing then.
 */
export class LocaleController implements ReactiveController {
  private last?: LocaleReading;
  /** The host's `locale` and `dir` that `last` was read with: the page's `lang` is watched, these are not. */
  private readWith?: string;
  private stopWatching?: () => void;

  constructor(private readonly host: LocaleHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    this.stopWatching = watchLang(this.check);
    addEventListener(TRANSLATION_EVENT, this.check);
    this.check(); // Moved under another `lang`, or one changed while it was out of the page.
  }

  hostDisconnected(): void {
    this.stopWatching?.();
    removeEventListener(TRANSLATION_EVENT, this.check);
  }

  private check = (): void => {
    const before = this.last;
    if (this.read() !== before) this.host.requestUpdate();
  };

  /** The widget's language now: read again when its `locale` or `dir` changed, or when the page told it to. */
  get reading(): LocaleReading {
    return this.last && this.readWith === this.ownInputs ? this.last : this.read();
  }

  private get ownInputs(): string {
    return `${this.host.locale} ${this.host.dir}`;
  }

  private read(): LocaleReading {
    this.readWith = this.ownInputs;
    const own = this.host.locale?.trim();
    // On a server, the page's `lang` comes in as `locale` (src/ssr/), there being no DOM to look in.
    const pageLang = isServer ? undefined : this.host.closest<HTMLElement>('[lang]')?.lang || document.documentElement.lang;
    let locale: string;
    let problem: string | undefined;
    try {
      locale = Intl.getCanonicalLocales(own || pageLang || 'en-US')[0] ?? 'en-US';
    } catch {
      // A malformed page `lang` is not this widget's input to report; its own `locale` is, said in the page's language.
      locale = own ? 'en' : 'en-US';
      if (own) problem = wordsFor(pageLang ?? 'en').badLocale(own);
    }
    const words = wordsFor(locale);
    const dir = this.host.dir === 'ltr' || this.host.dir === 'rtl' ? this.host.dir : words.$dir;
    const last = this.last;
    if (last?.language.locale === locale && last.language.words === words && last.language.dir === dir && last.problem === problem) return last;
    return (this.last = { language: { locale, words, lang: wordsLang(locale, words), dir }, problem });
  }
}
