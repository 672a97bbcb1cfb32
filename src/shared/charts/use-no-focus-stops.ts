import { useLayoutEffect, type RefObject } from 'react';

/**
 * Recharts 3 draws into its layers through React portals, and React listens for focus events on
 * every portal target; Chromium makes an SVG element with focus listeners a Tab stop, so each
 * `<g class="recharts-zIndex-layer_…">` became an unnamed focus stop inside the chart.
 */
const UNWANTED_FOCUS = '[class*="recharts-zIndex-layer"]:not([tabindex]), [tabindex]:not([tabindex^="-"])';

function takeOutOfTabOrder(scope: Element): void {
  if (scope.matches(UNWANTED_FOCUS)) scope.setAttribute('tabindex', '-1');
  for (const element of scope.querySelectorAll(UNWANTED_FOCUS)) element.setAttribute('tabindex', '-1');
}

/**
 * A chart on screen is one named image (its table gives every value to keyboards and screen
 * readers): nothing inside it can be reached with Tab, and a click on it does not move focus into it.
 */
export function useNoFocusStops(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return undefined;
    takeOutOfTabOrder(root);
    // Recharts adds its layers and tooltip after its own first render, and again when a chart changes.
    // One pass over the chart per batch of changes, not one per added node: a redraw of 420 bars
    // adds thousands of nodes, and a query from each cost more than the redraw's own work.
    const observer = new MutationObserver((records) => {
      if (records.some((record) => record.type === 'attributes' || record.addedNodes.length > 0)) takeOutOfTabOrder(root);
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['tabindex'] });
    const keepFocusWhereItIs = (event: MouseEvent) => event.preventDefault();
    root.addEventListener('mousedown', keepFocusWhereItIs);
    return () => {
      observer.disconnect();
      root.removeEventListener('mousedown', keepFocusWhereItIs);
    };
  }, [ref]);
}
