import { describe, expect, it } from 'vitest';
import { renderPageShell } from './page-shell';
import { VIEWS } from './view-registry';

function shellDocument(): Document {
  return new DOMParser().parseFromString(`<div id="root">${renderPageShell()}</div>`, 'text/html');
}

describe('the page frame built into index.html', () => {
  it('names the product, links every view and shows the loading skeleton, with no data', () => {
    const shell = shellDocument();
    expect(shell.querySelector('.product-name')?.textContent).toBe('MAPPA Compare');
    const links = [...shell.querySelectorAll('nav[aria-label="Views"] #view-nav-list a')];
    expect(links.map((link) => link.textContent)).toEqual(VIEWS.map((view) => view.navLabel));
    expect(links.every((link) => link.getAttribute('href')?.startsWith('/'))).toBe(true);
    expect(shell.querySelector('main .view-skeleton[role="status"]')?.textContent).toContain('Loading the list of areas');
    expect(shell.querySelectorAll('.skeleton-bar')).toHaveLength(8);
  });

  it('makes the narrow-screen Menu a link that opens the list without JavaScript', () => {
    const shell = shellDocument();
    expect(shell.querySelector('a.nav-toggle')?.getAttribute('href')).toBe('#view-nav-list');
    expect(shell.querySelector('button.nav-toggle')).toBeNull();
    expect(shell.getElementById('view-nav-list')?.querySelectorAll('a')).toHaveLength(VIEWS.length);
  });

  it('marks no link as the current page, since one frame serves every address', () => {
    expect(shellDocument().querySelector('[aria-current]')).toBeNull();
  });

  it('has no style attribute, which the Content-Security-Policy would block', () => {
    expect(shellDocument().querySelector('[style]')).toBeNull();
  });
});
