const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/**
 * Properties the page's CSS may set on chart marks and text. They are copied into presentation
 * attributes so the exported chart looks the same without the page's style sheets.
 */
const INLINED_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'font-size',
  'font-family',
  'font-weight',
  'font-style',
  'opacity',
  'text-anchor',
  'dominant-baseline',
] as const;

/** Not inherited (or not reliably, across SVG renderers): written wherever they differ from the initial value. */
const INITIAL_VALUE_OF_UNINHERITED: Partial<Record<(typeof INLINED_PROPERTIES)[number], string>> = {
  opacity: '1',
  'dominant-baseline': 'auto',
};

const GENERIC_FONT_FAMILY = /(^|,)\s*(sans-serif|serif|monospace|cursive|fantasy|system-ui)\s*$/i;
const FALLBACK_FONTS = 'Arial, Helvetica, sans-serif';

const REMOVED_ELEMENTS = new Set(['script', 'foreignobject', 'iframe', 'video', 'audio', 'canvas']);
/** url(...) pointing anywhere but inside this document. */
const EXTERNAL_URL = /url\(\s*['"]?(?!#)/i;

/**
 * A copy of a rendered chart's <svg> that draws the same without the page: computed styles
 * become attributes; tooltips, ignored parts, scripts and anything that would load from
 * outside the file are removed.
 */
export function standaloneChartSvg(chart: SVGSVGElement | string): SVGSVGElement {
  if (typeof chart === 'string') {
    const root = parseSvg(chart);
    sanitise(root);
    return root;
  }
  const clone = chart.cloneNode(true) as SVGSVGElement;
  inlineComputedStyles(chart, clone);
  sanitise(clone);
  return clone;
}

function parseSvg(markup: string): SVGSVGElement {
  const document = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const root = document.documentElement;
  if (document.getElementsByTagName('parsererror').length > 0 || root.localName !== 'svg' || root.namespaceURI !== SVG_NAMESPACE) {
    throw new Error('The chart is not a well-formed SVG document.');
  }
  return root as unknown as SVGSVGElement;
}

function inlineComputedStyles(original: Element, clone: Element): void {
  const view = original.ownerDocument.defaultView;
  if (!view) return;
  const walk = (source: Element, target: Element, parentStyle: CSSStyleDeclaration | undefined) => {
    const style = view.getComputedStyle(source);
    if (style.getPropertyValue('display') === 'none') target.setAttribute('data-export-ignore', '');
    for (const property of INLINED_PROPERTIES) {
      let value = style.getPropertyValue(property).trim();
      // An empty computed value means the browser (or jsdom) does not know: keep what the markup says.
      if (!value) continue;
      if (property === 'font-family' && !GENERIC_FONT_FAMILY.test(value)) value = `${value}, ${FALLBACK_FONTS}`;
      const initial = INITIAL_VALUE_OF_UNINHERITED[property];
      const implied = initial !== undefined ? value === initial : parentStyle !== undefined && parentStyle.getPropertyValue(property).trim() === value;
      removeInlineStyle(target, property);
      if (implied) target.removeAttribute(property);
      else target.setAttribute(property, value);
    }
    const sourceChildren = Array.from(source.children);
    const targetChildren = Array.from(target.children);
    sourceChildren.forEach((child, index) => {
      const targetChild = targetChildren[index];
      if (targetChild) walk(child, targetChild, style);
    });
  };
  walk(original, clone, undefined);
}

function removeInlineStyle(element: Element, property: string): void {
  const inline = (element as Partial<ElementCSSInlineStyle>).style;
  if (!inline) return;
  inline.removeProperty(property);
  if (inline.length === 0) element.removeAttribute('style');
}

function sanitise(root: Element): void {
  for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
    if (element !== root && shouldRemove(element)) {
      element.remove();
      continue;
    }
    for (const attribute of Array.from(element.attributes)) {
      if (shouldRemoveAttribute(attribute)) element.removeAttributeNode(attribute);
    }
  }
  // The page sizes the chart with CSS (width: 100%); the figure sizes it with attributes.
  root.removeAttribute('style');
  root.removeAttribute('data-export-ignore');
}

function shouldRemove(element: Element): boolean {
  const name = element.localName.toLowerCase();
  if (REMOVED_ELEMENTS.has(name)) return true;
  if (element.hasAttribute('data-export-ignore')) return true;
  if ((element.getAttribute('class') ?? '').includes('recharts-tooltip')) return true;
  if (name === 'style') return /@import/i.test(element.textContent ?? '') || EXTERNAL_URL.test(element.textContent ?? '');
  return false;
}

function shouldRemoveAttribute(attribute: Attr): boolean {
  const name = attribute.localName.toLowerCase();
  const value = attribute.value.trim();
  if (name.startsWith('on') || name === 'tabindex') return true;
  if (name === 'role' && value === 'application') return true;
  if (name === 'href' || name === 'src') return !(value.startsWith('#') || value.startsWith('data:image/'));
  return EXTERNAL_URL.test(value);
}
