/**
 * Scripts the bench runs inside the page. They are strings, not functions: tsx would add helpers
 * to a compiled function that the page does not have. Selectors come from bench/app-under-test.ts.
 */

/**
 * Resolves with performance.now() once the frame after the current one has been produced. The
 * message port is closed afterwards, so that thousands of timings leave no listener behind.
 */
const AFTER_NEXT_PAINT = `new Promise((resolve) => requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    resolve(performance.now());
  };
  channel.port2.postMessage(null);
}))`;

/** What makes a page "drawn": at least `count` elements matching `selector`, painted. */
export interface Drawn {
  selector: string;
  count: number;
}

/**
 * An init script (runs before the page's own scripts): window.__benchDrawn resolves with the time
 * since navigation start at which at least `count` elements matching `selector` were in the DOM
 * and that frame was painted.
 */
export function drawnDetector({ selector, count }: Drawn): string {
  return `window.__benchDrawn = new Promise((resolve) => {
    const ready = () => document.querySelectorAll(${JSON.stringify(selector)}).length >= ${count};
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      ${AFTER_NEXT_PAINT}.then(resolve);
    });
    observer.observe(document, { subtree: true, childList: true });
  });`;
}

export const DRAWN_TIME = 'window.__benchDrawn';

/** Every request of the page from resource timing: full URL, start and end in ms since navigation start. */
export const RESOURCE_TIMES = `[performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')]
  .map((entry) => [entry.name, Math.round(entry.startTime), Math.round(entry.responseEnd)])`;

/** The text of the page's inline scripts (JavaScript ones only). */
export const INLINE_SCRIPTS = `[...document.scripts]
  .filter((script) => !script.src && ['', 'module', 'text/javascript', 'application/javascript'].includes(script.type.toLowerCase()) && script.text.trim())
  .map((script) => script.text)`;

export interface SwitchSpec {
  /** CSS selector of the <select>. */
  select: string;
  value: string;
  /** CSS selector of the chart heading, and the text it must contain once the new chart is drawn. */
  headingSelector: string;
  heading: string;
  /** CSS selector of the bars' value labels, and how many the new chart has at least. */
  labelSelector: string;
  bars: number;
}

/**
 * Change a <select> as a user would and time until the chart heading names the new view, the
 * value labels are redrawn (at least `bars` of them, and their texts differ from before the
 * change), and that frame is painted. Rejects after `timeoutMs`.
 */
export function timeSwitchScript({ select, value, headingSelector, heading, labelSelector, bars }: SwitchSpec, timeoutMs = 10_000): string {
  return `(async () => {
    const element = document.querySelector(${JSON.stringify(select)});
    if (!element) throw new Error('no control ' + ${JSON.stringify(select)});
    const headingText = () => document.querySelector(${JSON.stringify(headingSelector)})?.textContent ?? '';
    const labels = () => document.querySelectorAll(${JSON.stringify(labelSelector)});
    const labelTexts = () => Array.from(labels(), (label) => label.textContent).join('|');
    const before = headingText();
    const labelsBefore = labelTexts();
    const done = () => headingText() !== before && headingText().includes(${JSON.stringify(heading)})
      && labels().length >= ${bars} && labelTexts() !== labelsBefore;
    const start = performance.now();
    const drawn = new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error('no redraw within ${timeoutMs} ms after ' + ${JSON.stringify(`${select} = ${value}`)} + '; heading: ' + headingText() + '; labels: ' + labels().length));
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
