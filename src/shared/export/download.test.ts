import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { blobBytes } from './blob-bytes';
import { CSV_TYPE, downloadBlob, textBlob } from './download';
import { printPage } from './print';

describe('downloadBlob', () => {
  const createObjectURL = vi.fn(() => 'blob:mappa/1');
  const revokeObjectURL = vi.fn();

  const original = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };

  beforeEach(() => {
    vi.useFakeTimers();
    // jsdom has no object URLs.
    Object.assign(URL, { createObjectURL, revokeObjectURL });
  });

  afterEach(() => {
    vi.useRealTimers();
    Object.assign(URL, original);
    createObjectURL.mockClear();
    revokeObjectURL.mockClear();
  });

  it('clicks a temporary download link, removes it, and revokes the URL afterwards', () => {
    const clicked: Array<{ href: string; download: string; connected: boolean }> = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, connected: this.isConnected });
    });
    const blob = textBlob('a,b', CSV_TYPE);

    downloadBlob(blob, 'mappa-test.csv');

    expect(createObjectURL).toHaveBeenCalledWith(blob);
    expect(clicked).toEqual([{ href: 'blob:mappa/1', download: 'mappa-test.csv', connected: true }]);
    expect(document.querySelector('a')).toBeNull();
    expect(revokeObjectURL).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:mappa/1');
  });
});

describe('textBlob', () => {
  it('holds the text as UTF-8 with the given type', async () => {
    const blob = textBlob('\uFEFFYnys Môn', CSV_TYPE);
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = await blobBytes(blob);
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('Ynys Môn');
  });
});

describe('printPage', () => {
  it('asks the browser to print', () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    printPage();
    expect(print).toHaveBeenCalledOnce();
  });
});
