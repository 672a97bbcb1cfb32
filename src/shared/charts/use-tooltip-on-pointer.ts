import { useCallback, useEffect, useRef, useState, type PointerEvent } from 'react';

interface Pointer {
  chart: Element;
  clientX: number;
  clientY: number;
}

/**
 * A chart's tooltip is mounted the first time the reader points at the chart, not with the chart:
 * mounting Recharts' tooltip makes Recharts draw the whole chart again, and a mounted tooltip takes
 * part in every later redraw; a reader who never points at a bar needs none of that work. Once the
 * tooltip is there, the pointer's last position is replayed to the chart, so the first hover shows
 * its tooltip without another move.
 */
/** `ready`: the tooltip's code has arrived; `wanted`: the reader has pointed at the chart, so draw it. */
export function useTooltipOnPointer(ready: boolean): { wanted: boolean; onPointer: (event: PointerEvent<HTMLElement>) => void } {
  const [wanted, setWanted] = useState(false);
  const last = useRef<Pointer | undefined>(undefined);
  const onPointer = useCallback((event: PointerEvent<HTMLElement>) => {
    const chart = event.currentTarget.querySelector('.recharts-wrapper');
    if (chart) last.current = { chart, clientX: event.clientX, clientY: event.clientY };
    setWanted(true);
  }, []);
  const mounted = wanted && ready;
  useEffect(() => {
    const pointer = last.current;
    if (!mounted || !pointer) return;
    last.current = undefined;
    pointer.chart.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: pointer.clientX, clientY: pointer.clientY }));
  }, [mounted]);
  return { wanted, onPointer };
}
