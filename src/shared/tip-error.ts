/** Bad input from the page's author: an unknown id, a filter that matches nothing, a malformed attribute. */
export class TipInputError extends Error {
  override name = 'TipInputError';
}

export interface TipErrorDetail {
  message: string;
}

/** Fired (bubbling, composed) when a widget cannot show what it was asked to. */
export type TipErrorEvent = CustomEvent<TipErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'tip-error': TipErrorEvent;
  }
}
