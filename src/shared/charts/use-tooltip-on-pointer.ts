import { useCallback, useEffect, useRef, useState, type PointerEvent } from 'react';
import { useLazyModule } from '../../lib/lazy-load';

interface Pointer {
  chart: Element;
  clientX: number;
  clientY: number;
}

/**
 * A chart's tooltip code, loaded and drawn from the reader's first pointing at the chart, not with
 * the chart: mounting Recharts' tooltip makes Recharts draw the whole chart again, and a mounted
 * tooltip takes part in every later redraw; a reader who never points at a bar needs none of that
 * work, and the first chart needs none of its code. Once the tooltip is there, the pointer's last
 * position is replayed to the chart, so the first hover shows its tooltip without another move.
 * `module` is undefined until then; `onPointer` goes on an element around the chart.
 */
export function useTooltipOnPointer<M>(load: () => Promise<M>): { module: M | undefined; onPointer: (event: PointerEvent<HTMLElement>) => void } {
  const [wanted, setWanted] = useState(false);
  const loaded = useLazyModule(load, wanted).module;
  const module = wanted ? loaded : undefined;
  const last = useRef<Pointer | undefined>(undefined);
  const onPointer = useCallback((event: PointerEvent<HTMLElement>) => {
    const chart = event.currentTarget.querySelector('.recharts-wrapper');
    if (chart) last.current = { chart, clientX: event.clientX, clientY: event.clientY };
    setWanted(true);
  }, []);
  const mounted = module !== undefined;
  useEffect(() => {
    const pointer = last.current;
    if (!mounted || !pointer) return;
    last.current = undefined;
    pointer.chart.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: pointer.clientX, clientY: pointer.clientY }));
  }, [mounted]);
  return { module, onPointer };
}
