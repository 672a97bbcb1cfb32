/**
 * A PNG of a self-contained SVG document, `width * pixelRatio` pixels wide, drawn by the
 * browser's own SVG renderer onto a canvas. Needs a real browser, so the end-to-end tests cover it.
 */
export async function svgToPngBlob(svg: string, width: number, height: number, pixelRatio = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * pixelRatio);
    canvas.height = Math.round(height * pixelRatio);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('The browser could not make a PNG of this chart (no canvas).');
    context.fillStyle = '#FFFFFF';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The browser could not make a PNG of this chart.');
    return blob;
  } finally {
    URL.revokeObjectURL(url);
  }
}
