import { describe, expect, it } from 'vitest';
import { withPageShell, withStyleHashes } from './page-shell-plugin';

const policy = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self'; img-src 'self'" />`;

describe('building the page frame into index.html', () => {
  it('fills the empty #root, and refuses an index.html without one', () => {
    expect(withPageShell('<body><div id="root"></div></body>', '<header>MAPPA Compare</header>')).toBe(
      '<body><div id="root"><header>MAPPA Compare</header></div></body>',
    );
    expect(() => withPageShell('<body><div id="app"></div></body>', '<header />')).toThrow(/no empty <div id="root"><\/div>/);
  });

  it('allows the inline style sheet by its hash alone, and refuses a page whose policy it cannot extend', () => {
    expect(withStyleHashes(`<head>${policy}</head>`, ["'sha256-abc='"])).toContain(`style-src 'self' 'sha256-abc='; img-src`);
    expect(() => withStyleHashes('<head></head>', ["'sha256-abc='"])).toThrow(/no Content-Security-Policy/);
  });
});
