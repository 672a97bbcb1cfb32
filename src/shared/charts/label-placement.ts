/**
 * Pure geometry for labels: keep end labels of lines apart and keep bar labels off the
 * England and Wales reference line, so no text is ever printed over other text or a line.
 */

/**
 * Spread label positions (pixels, top to bottom) so neighbours are at least `gap` apart, each
 * moving as little as possible, all inside [min, max]. Returns positions in the input order.
 */
export function spreadLabels(positions: readonly number[], gap: number, min: number, max: number): number[] {
  const order = positions.map((position, index) => ({ position, index })).sort((a, b) => a.position - b.position || a.index - b.index);
  const placed = order.map((entry) => entry.position);
  // Push down past the one above, then pull up from the bottom edge, then push down past the top edge.
  for (let i = 0; i < placed.length; i += 1) placed[i] = Math.max(placed[i] ?? 0, i === 0 ? min : (placed[i - 1] ?? min) + gap);
  for (let i = placed.length - 1; i >= 0; i -= 1) placed[i] = Math.min(placed[i] ?? 0, i === placed.length - 1 ? max : (placed[i + 1] ?? max) - gap);
  for (let i = 0; i < placed.length; i += 1) placed[i] = Math.max(placed[i] ?? 0, i === 0 ? min : (placed[i - 1] ?? min) + gap);
  const result = new Array<number>(positions.length);
  order.forEach((entry, rank) => {
    result[entry.index] = placed[rank] ?? entry.position;
  });
  return result;
}

/**
 * Where a bar's value label starts: just after the bar, or just after the reference line when
 * the label would otherwise cross it.
 */
export function labelStartAvoiding(barEnd: number, labelWidth: number, lineX: number | undefined, padding = 4): number {
  const start = barEnd + padding;
  if (lineX === undefined) return start;
  const crosses = lineX >= start - 1 && lineX <= start + labelWidth + 1;
  return crosses ? lineX + padding : start;
}
