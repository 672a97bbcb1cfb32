/**
 * The quantile of the gamma distribution (shape a, scale 1), for exact Poisson limits:
 * qchisq(p, 2a) / 2 = qgamma(p, a). Written here rather than imported because the maintained
 * package (@stdlib) calls eval and new Function, which the app's Content-Security-Policy blocks,
 * and costs about 28 kB gzip before the first chart. Its unit test checks this against @stdlib
 * (a development dependency) over a grid of levels and shapes; exact limits are only used below
 * 10 events.
 */

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
  9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(a) for a > 0 (Lanczos, g = 7): about 15 significant digits. */
export function logGamma(a: number): number {
  if (a < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * a)) - logGamma(1 - a);
  const x = a - 1;
  let sum = LANCZOS[0] ?? 0;
  for (let i = 1; i < LANCZOS.length; i++) sum += (LANCZOS[i] ?? 0) / (x + i);
  const t = x + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(sum);
}

const EPSILON = 1e-16;
const MAX_TERMS = 10_000;

/** The regularised lower incomplete gamma function P(a, x): by its series below a + 1, else by its continued fraction. */
export function regularisedGammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  const logPrefix = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < MAX_TERMS; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * EPSILON) break;
    }
    return Math.min(1, sum * Math.exp(logPrefix));
  }
  // Lentz's method for the continued fraction of Q(a, x).
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let n = 1; n < MAX_TERMS; n++) {
    const an = -n * (n - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < EPSILON) break;
  }
  return Math.max(0, 1 - Math.exp(logPrefix) * h);
}

/** x with P(a, x) = p, for 0 < p < 1 and a > 0: bracketed, then bisected to the last representable digit. */
export function gammaQuantile(p: number, a: number): number {
  if (!(p > 0 && p < 1) || !(a > 0)) throw new RangeError(`gammaQuantile needs 0 < p < 1 and a > 0 (got p = ${p}, a = ${a}).`);
  let low = 0;
  let high = Math.max(1, a);
  while (regularisedGammaP(a, high) < p) {
    low = high;
    high *= 2;
  }
  for (let i = 0; i < 200; i++) {
    const middle = (low + high) / 2;
    if (middle === low || middle === high) break;
    if (regularisedGammaP(a, middle) < p) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}
