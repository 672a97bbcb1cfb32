import { estimateTextWidth, wrapText } from '../../lib/svg-text';

/** What a line's end label says: the area's name and its last value (with any status mark). */
export interface EndLabel {
  name: string;
  value: string;
  bold: boolean;
}

export interface EndLabelPlan {
  /** The width kept right of the plot for the labels (the chart's right margin). */
  room: number;
  /** Each label's lines, in the input order: the whole label, or its name wrapped with the value on a line of its own. */
  lines: string[][];
}

/** Space between a line's last point and its label. */
export const END_LABEL_OFFSET = 10;

/**
 * Where the end labels of a line chart go, never cut short ("Greater Ma… 173" told nobody which
 * area it was): each label keeps the room it usually has, takes more, up to `maxRoom`, if it
 * needs it, and only then breaks, its name over as many lines as it needs (between words) and its
 * value below.
 */
export function planEndLabels(labels: readonly EndLabel[], fontSize: number, usualRoom: number, maxRoom: number): EndLabelPlan {
  const widthOf = (text: string, bold: boolean) => estimateTextWidth(text, fontSize, bold) + END_LABEL_OFFSET + 2;
  const whole = labels.map((label) => `${label.name} ${label.value}`);
  const widest = Math.max(0, ...labels.map((label, index) => widthOf(whole[index] ?? '', label.bold)));
  if (widest <= Math.max(usualRoom, maxRoom)) return { room: Math.max(usualRoom, Math.ceil(widest)), lines: whole.map((text) => [text]) };
  // Wide enough for the longest word, so a name breaks only between words.
  const longestWord = Math.max(...labels.flatMap((label) => [...label.name.split(/\s+/), label.value].map((word) => widthOf(word, label.bold))));
  const room = Math.ceil(Math.max(usualRoom, maxRoom, longestWord));
  const textRoom = room - END_LABEL_OFFSET - 2;
  return {
    room,
    lines: labels.map((label) => [...wrapText(label.name, textRoom, fontSize, label.bold), label.value]),
  };
}
