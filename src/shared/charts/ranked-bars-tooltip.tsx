import { useContext } from 'react';
import { Tooltip } from 'recharts';
import type { BarDatum } from './ranked-bars';
import { LabelScaleContext } from './ranked-bars-scale';
import { RowTooltip } from './row-tooltip';

/**
 * The ranked bars' tooltip and hover highlight. Loaded and drawn from the reader's first pointing at
 * the chart (use-tooltip-on-pointer.ts): Recharts' tooltip is about 6 kB gzip that no reader needs
 * before they point at a bar.
 */
export function RankedBarsTooltip({ dismissed }: { dismissed: boolean }) {
  return <Tooltip cursor={{ fill: 'rgb(0 0 0 / 6%)' }} isAnimationActive={false} {...(dismissed ? { active: false } : {})} content={BarTooltip} />;
}

function BarTooltip({ payload }: { payload: readonly { payload?: unknown }[] }) {
  const scale = useContext(LabelScaleContext);
  // The bars may be an earlier drawing of the same figures: the row shown is the current one.
  const shown = payload[0]?.payload as Pick<BarDatum, 'name'> | undefined;
  const current = shown && scale?.data.find((datum) => datum.name === shown.name);
  return <RowTooltip row={current?.row} />;
}
