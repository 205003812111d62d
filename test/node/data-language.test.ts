/** The direction a data text is drawn in comes from its language tag: said, never guessed from its first letter. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { directionOf } from '../../src/i18n/language-tags.ts';

describe('directionOf', () => {
  it('is right to left for languages written so, with or without a region or extension', () => {
    for (const tag of ['ar', 'ar-EG', 'ar-u-nu-latn', 'he-IL', 'fa', 'ur', 'az-Arab', 'ku']) assert.equal(directionOf(tag), 'rtl', tag);
  });
  it('is left to right for the others, and for a right-to-left language written in Latin letters', () => {
    for (const tag of ['en', 'en-US', 'es', 'pt-BR', 'fr', 'arn', 'ku-Latn', 'und']) assert.equal(directionOf(tag), 'ltr', tag);
  });
});
