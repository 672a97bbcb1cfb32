import { describe, expect, it } from 'vitest';
import { chunkLoadMessage, describeLoadFailure, isChunkLoadError } from './chunk-load';

describe('isChunkLoadError', () => {
  it.each([
    ['Chromium', new TypeError('Failed to fetch dynamically imported module: http://localhost:4173/assets/views-Ddx8Lr2R.js')],
    ['Safari', new TypeError('Importing a module script failed.')],
    ['Firefox', new TypeError('error loading dynamically imported module: http://localhost:4173/assets/glossary-page-z2fcXOHe.js')],
    ['Vite’s preload helper', new Error('Unable to preload CSS for /assets/index-BOVMKZZ2.css')],
    ['webpack', new Error('Loading chunk 42 failed.\n(error: http://localhost/42.js)')],
    [
      'pdf.js, whose worker did not arrive',
      new Error('Setting up fake worker failed: "Failed to fetch dynamically imported module: http://localhost/assets/pdf.worker.min-B_fnEKel.mjs".'),
    ],
    ['a plain string', 'Failed to fetch dynamically imported module: /assets/x.js'],
  ])('recognises %s', (_browser, error) => {
    expect(isChunkLoadError(error)).toBe(true);
  });

  it('recognises an error named ChunkLoadError', () => {
    const error = new Error('whatever');
    error.name = 'ChunkLoadError';
    expect(isChunkLoadError(error)).toBe(true);
  });

  it.each([
    ['a data service failure', new TypeError('Failed to fetch')],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'map')")],
    ['nothing', undefined],
    ['an object', { message: 'Failed to fetch dynamically imported module' }],
  ])('does not mistake %s for one', (_what, error) => {
    expect(isChunkLoadError(error)).toBe(false);
  });
});

describe('messages', () => {
  it('says what did not arrive and what to do', () => {
    expect(chunkLoadMessage('the glossary')).toMatch(/^Could not load the glossary: .*Check your connection, then try again\./);
  });

  it('words a failed load for an action, and keeps any other error’s own message', () => {
    expect(describeLoadFailure(new TypeError('Importing a module script failed.'), 'the export code')).toBe(
      'The export code did not arrive (you may be offline). Check your connection, then try again.',
    );
    expect(describeLoadFailure(new Error('The chart is not on the page.'), 'the export code')).toBe('The chart is not on the page.');
    expect(describeLoadFailure('odd', 'the export code')).toBe('odd');
  });
});
