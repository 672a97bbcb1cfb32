// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { splitMarkers } from './note-markers';

describe('splitMarkers', () => {
  it('takes note markers and GSS symbols out of the text and keeps them', () => {
    expect(splitMarkers('1,234 [note 3]')).toEqual({ text: '1,234', notes: ['note 3'], symbols: [] });
    expect(splitMarkers('[c] [Note 12]')).toEqual({ text: '', notes: ['note 12'], symbols: ['c'] });
    expect(splitMarkers('56 [u][p]')).toEqual({ text: '56', notes: [], symbols: ['u', 'p'] });
    expect(splitMarkers('Kent [notes 2 and 3]')).toEqual({ text: 'Kent', notes: ['notes 2 and 3'], symbols: [] });
    expect(splitMarkers('Kent\u00a0 [X]')).toEqual({ text: 'Kent', notes: [], symbols: ['x'] });
  });
});
