const REMOVED_ELEMENTS = new Set(['script', 'foreignobject', 'iframe', 'video', 'audio', 'canvas']);
/** url(...) pointing anywhere but inside this document. */
const EXTERNAL_URL = /url\(\s*['"]?(?!#)/i;

/**
 * Make a drawn chart's SVG safe and self-contained for a file: no scripts, event handlers,
 * focus stops, tooltips or references to anything outside the document. Works in place.
 */
export function sanitiseSvg(root: Element): void {
  for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
    if (element !== root && shouldRemove(element)) {
      element.remove();
      continue;
    }
    for (const attribute of Array.from(element.attributes)) {
      if (shouldRemoveAttribute(attribute)) element.removeAttributeNode(attribute);
    }
  }
  // On the page the chart may be sized by CSS; in the file it is sized by its attributes.
  root.removeAttribute('style');
}

function shouldRemove(element: Element): boolean {
  const name = element.localName.toLowerCase();
  if (REMOVED_ELEMENTS.has(name)) return true;
  if ((element.getAttribute('class') ?? '').includes('recharts-tooltip')) return true;
  if (name === 'style') return /@import/i.test(element.textContent ?? '') || EXTERNAL_URL.test(element.textContent ?? '');
  return false;
}

function shouldRemoveAttribute(attribute: Attr): boolean {
  const name = attribute.localName.toLowerCase();
  const value = attribute.value.trim();
  if (name.startsWith('on') || name === 'tabindex' || name === 'role' || name.startsWith('aria-')) return true;
  if (name === 'href' || name === 'src') return !(value.startsWith('#') || value.startsWith('data:image/'));
  return EXTERNAL_URL.test(value);
}
