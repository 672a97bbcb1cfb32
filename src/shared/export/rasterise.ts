import { toBlob } from 'html-to-image';

/**
 * A PNG of a self-contained SVG document, `width * pixelRatio` pixels wide. Needs a real
 * browser (canvas), so it is covered by the end-to-end tests, not by unit tests.
 */
export async function svgToPngBlob(svg: string, width: number, height: number, pixelRatio = 2): Promise<Blob> {
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  // Laid out (so styles compute) but out of sight; the container's own position is not copied
  // into the image because the <svg> itself is what gets drawn.
  container.style.cssText = `position: fixed; left: -100000px; top: 0; width: ${width}px; height: ${height}px; overflow: hidden; pointer-events: none;`;
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
  if (parsed.querySelector('parsererror') || parsed.documentElement.localName !== 'svg') throw new Error('There is no <svg> to turn into a PNG.');
  const root = document.importNode(parsed.documentElement, true) as unknown as SVGSVGElement;
  container.append(root);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.style.display = 'block';
  document.body.append(container);
  try {
    const blob = await toBlob(root as unknown as HTMLElement, { pixelRatio, width, height, backgroundColor: '#ffffff', skipFonts: true });
    if (!blob) throw new Error('The browser could not make a PNG of this chart.');
    return blob;
  } finally {
    container.remove();
  }
}
