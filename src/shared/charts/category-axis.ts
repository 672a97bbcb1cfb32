import { estimateTextWidth, wrapText } from '../../lib/svg-text';

/** Room between a name and the axis line. */
const NAME_GAP = 8;

/** The usual width of the names beside a bar chart: every area's name fits it on one line. */
export function usualNamesWidth(compact: boolean): number {
  return compact ? 118 : 170;
}

/**
 * How wide the names beside a bar chart are drawn: as wide as the longest needs, never narrower than
 * usual, and never more than a share of the chart (a third on wide screens, under half on phones)
 * so the bars keep their room (`share`: rows too close for two lines ask for more). A name longer than that (a probation region's on a phone) is
 * wrapped onto two lines by `nameLines` rather than cut off at the chart's edge.
 */
export function namesWidth(names: readonly string[], fontSize: number, chartWidth: number, compact: boolean, share = compact ? 0.45 : 0.33): number {
  const widest = Math.max(0, ...names.map((name) => estimateTextWidth(name, fontSize, isFocusName(name))));
  const most = Math.floor(chartWidth * share);
  return Math.max(usualNamesWidth(compact), Math.min(Math.ceil(widest) + NAME_GAP, most));
}

/** A name as the lines it is drawn on within `width`: one line where it fits. */
export function nameLines(name: string, fontSize: number, width: number): string[] {
  const room = width - NAME_GAP;
  const bold = isFocusName(name);
  return estimateTextWidth(name, fontSize, bold) <= room ? [name] : wrapText(name, room, fontSize, bold);
}

/** The focus area's name is drawn bold, after its marker. */
function isFocusName(name: string): boolean {
  return name.startsWith('►');
}

/** An area's name at the axis: the focus area's after a marker, so it is never told by colour or weight alone. */
export function nameAtAxis(area: { isFocus: boolean; areaName: string }): string {
  return `${area.isFocus ? '► ' : ''}${area.areaName}`;
}
