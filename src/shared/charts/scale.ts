const NICE_STEPS = [1, 2, 2.5, 5, 10];

/** The smallest "nice" number (1, 2, 2.5, 5 × 10ⁿ) at or above value: a tidy axis end. */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = NICE_STEPS.find((m) => m * magnitude >= value) ?? 10;
  return step * magnitude;
}

/**
 * Axis ticks from 0 to at least max, spaced by a nice step (1, 2, 2.5 or 5 × 10ⁿ), about
 * `target` of them: 0/50/100/150/200/250, never 0/65/130/195.
 */
export function niceTicks(max: number, target = 5, wholeNumbers = false): number[] {
  const top = max > 0 && Number.isFinite(max) ? max : 1;
  const rough = top / Math.max(1, target);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const candidates = NICE_STEPS.map((m) => m * magnitude).filter((step) => !wholeNumbers || Number.isInteger(step) || step >= 1);
  const step = candidates.find((candidate) => candidate >= rough) ?? (candidates.at(-1) ?? 1) * 2;
  const usable = wholeNumbers && step < 1 ? 1 : step;
  const count = Math.ceil(top / usable - 1e-9);
  return Array.from({ length: count + 1 }, (_, index) => roundTick(index * usable));
}

function roundTick(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
