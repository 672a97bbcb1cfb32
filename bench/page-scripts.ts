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
 * An async function (as source) that changes a <select> as a user would and times until the chart
 * heading names the new view, the value labels are redrawn (at least `bars` of them, and their
 * texts differ from before the change), and that frame is painted. Rejects after `timeoutMs`.
 */
const SWITCH_FUNCTION = `async ({ select, value, headingSelector, heading, labelSelector, bars }, timeoutMs) => {
    const element = document.querySelector(select);
    if (!element) throw new Error('no control ' + select);
    const headingText = () => document.querySelector(headingSelector)?.textContent ?? '';
    const labels = () => document.querySelectorAll(labelSelector);
    const labelTexts = () => Array.from(labels(), (label) => label.textContent).join('|');
    const before = headingText();
    const labelsBefore = labelTexts();
    const done = () => headingText() !== before && headingText().includes(heading) && labels().length >= bars && labelTexts() !== labelsBefore;
    const start = performance.now();
    const drawn = new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error('no redraw within ' + timeoutMs + ' ms after ' + select + ' = ' + value + '; heading: ' + headingText() + '; labels: ' + labels().length));
      }, timeoutMs);
      const observer = new MutationObserver(() => {
        if (!done()) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve();
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set;
    setter.call(element, value);
    element.dispatchEvent(new Event('change', { bubbles: true }));
    await drawn;
    const end = await ${AFTER_NEXT_PAINT};
    return end - start;
  }`;

/** One timed change (see SWITCH_FUNCTION); the script resolves with its time in ms. */
export function timeSwitchScript(spec: SwitchSpec, timeoutMs = 10_000): string {
  return `(${SWITCH_FUNCTION})(${JSON.stringify(spec)}, ${timeoutMs})`;
}

/**
 * `count` changes in a row, the i-th being `specs[(from + i) % specs.length]`, all run inside the
 * page by one script (so the harness adds nothing per change to the page's memory).
 */
export function switchManyScript(specs: readonly SwitchSpec[], from: number, count: number, timeoutMs = 10_000): string {
  return `(async () => {
    const run = ${SWITCH_FUNCTION};
    const specs = ${JSON.stringify(specs)};
    for (let i = 0; i < ${count}; i += 1) await run(specs[(${from} + i) % specs.length], ${timeoutMs});
  })()`;
}
