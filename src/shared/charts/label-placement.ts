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

export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PointLabel {
  /** The point's centre, in pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedLabel {
  /** Where the text starts (left edge) and its baseline's middle. */
  x: number;
  y: number;
  anchor: 'start' | 'end';
  /** Moved away from its point: draw a leader line to it. */
  leader: boolean;
}

function overlaps(a: LabelBox, b: LabelBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * Labels for scattered points, in priority order, placed greedily so no two overlap, none covers a
 * point and all stay inside the bounds: first beside the point (right, left, above, below), then
 * stepped up or down with a leader line. A label with no free place is left off (undefined): the
 * figure's notes and table name every point, so nothing is lost, and nothing is printed over
 * other text.
 */
export function placePointLabels(labels: readonly PointLabel[], bounds: LabelBox, obstacles: readonly LabelBox[] = [], gap = 6): (PlacedLabel | undefined)[] {
  const taken: LabelBox[] = [...obstacles];
  const inside = (box: LabelBox) =>
    box.x >= bounds.x && box.y >= bounds.y && box.x + box.width <= bounds.x + bounds.width && box.y + box.height <= bounds.y + bounds.height;
  return labels.map((label) => {
    const { width, height } = label;
    const right = label.x + gap;
    const left = label.x - gap - width;
    const candidates: { box: LabelBox; anchor: 'start' | 'end'; leader: boolean }[] = [
      { box: { x: right, y: label.y - height / 2, width, height }, anchor: 'start', leader: false },
      { box: { x: left, y: label.y - height / 2, width, height }, anchor: 'end', leader: false },
      { box: { x: label.x - width / 2, y: label.y - gap - height, width, height }, anchor: 'start', leader: false },
      { box: { x: label.x - width / 2, y: label.y + gap, width, height }, anchor: 'start', leader: false },
    ];
    for (let step = 1; step <= 4; step += 1) {
      for (const direction of [-1, 1]) {
        const y = label.y - height / 2 + direction * step * (height + 2);
        candidates.push({ box: { x: right + 4, y, width, height }, anchor: 'start', leader: true });
        candidates.push({ box: { x: left - 4, y, width, height }, anchor: 'end', leader: true });
      }
    }
    const free = candidates.find((candidate) => inside(candidate.box) && !taken.some((box) => overlaps(box, candidate.box)));
    if (!free) return undefined;
    taken.push(free.box);
    const { box, anchor, leader } = free;
    return { x: anchor === 'start' ? box.x : box.x + box.width, y: box.y + box.height / 2, anchor, leader };
  });
}
