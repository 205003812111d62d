/** The system clipboard as the tests use it: real key presses to copy and paste, and a clipboard that fails. */
import { sendKeys } from '@web/test-runner-commands';

const MODIFIER = navigator.platform.startsWith('Mac') ? 'Meta' : 'Control';

/** Presses a shortcut such as Ctrl+V with real key events. */
export async function shortcut(key: string) {
  await sendKeys({ down: MODIFIER });
  await sendKeys({ press: key });
  await sendKeys({ up: MODIFIER });
}

/** What the system clipboard holds, read the way a reader would: pasting into a text field. */
export async function paste(): Promise<string> {
  const field = document.createElement('textarea');
  document.body.append(field);
  try {
    field.focus();
    await shortcut('KeyV');
    return field.value;
  } finally {
    field.remove();
  }
}

/** Puts known text on the clipboard, so a later paste proves what a copy wrote. */
export async function primeClipboard(text: string) {
  const field = document.createElement('textarea');
  field.value = text;
  document.body.append(field);
  try {
    field.select();
    await shortcut('KeyC');
  } finally {
    field.remove();
  }
}

/**
 * Stands in for a refused Clipboard API (the browser's permission cannot be denied from a test), or
 * one that is missing, for the duration of `run`.
 */
export async function withClipboard(kind: 'refused' | 'missing', run: () => Promise<void>) {
  if (kind === 'refused') {
    Object.defineProperty(navigator.clipboard, 'writeText', {
      configurable: true,
      value: () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
    });
  } else {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
  }
  try {
    await run();
  } finally {
    if (kind === 'refused') delete (navigator.clipboard as unknown as Record<string, unknown>).writeText;
    else delete (navigator as unknown as Record<string, unknown>).clipboard;
  }
}
