/**
 * Scripts the bench runs inside the page. They are strings, not functions: tsx would add helpers
 * to a compiled function that the page does not have.
 */

/** Resolves with performance.now() once the frame after the current one has been produced. */
const AFTER_NEXT_PAINT = `new Promise((resolve) => requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve(performance.now());
  channel.port2.postMessage(null);
}))`;

/**
 * An init script (runs before the page's own scripts): window.__benchFirstChart resolves with the
 * time since navigation start at which at least `bars` value labels were in the DOM and painted.
 */
export function firstChartDetector(bars: number): string {
  return `window.__benchFirstChart = new Promise((resolve) => {
    const ready = () => document.querySelectorAll('text.bar-value-label').length >= ${bars};
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      ${AFTER_NEXT_PAINT}.then(resolve);
    });
    observer.observe(document, { subtree: true, childList: true });
  });`;
}

export const FIRST_CHART_TIME = 'window.__benchFirstChart';

export interface SwitchSpec {
  /** CSS selector of the <select>. */
  select: string;
  value: string;
  /** Text the chart heading must contain once the new chart is drawn. */
  heading: string;
  /** Value labels the new chart has at least. */
  bars: number;
}

/**
 * Change a <select> as a user would and time until the chart heading names the new view, the
 * chart has its bars' value labels, and that frame is painted. Rejects after `timeoutMs`.
 */
export function timeSwitchScript({ select, value, heading, bars }: SwitchSpec, timeoutMs = 10_000): string {
  return `(async () => {
    const element = document.querySelector(${JSON.stringify(select)});
    if (!element) throw new Error('no control ' + ${JSON.stringify(select)});
    const headingText = () => document.querySelector('.chart-figure h2, figure h1')?.textContent ?? '';
    const before = headingText();
    const done = () => headingText() !== before && headingText().includes(${JSON.stringify(heading)})
      && document.querySelectorAll('text.bar-value-label').length >= ${bars};
    const start = performance.now();
    const drawn = new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error('no redraw within ${timeoutMs} ms after ' + ${JSON.stringify(`${select} = ${value}`)} + '; heading: ' + headingText()));
      }, ${timeoutMs});
      const observer = new MutationObserver(() => {
        if (!done()) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve();
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set;
    setter.call(element, ${JSON.stringify(value)});
    element.dispatchEvent(new Event('change', { bubbles: true }));
    await drawn;
    const end = await ${AFTER_NEXT_PAINT};
    return end - start;
  })()`;
}

/** Times of the app's own PNG export measure, oldest first. */
export const PNG_EXPORT_TIMES = "performance.getEntriesByName('mappa:png-export').map((entry) => entry.duration)";
