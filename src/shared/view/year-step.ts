export type YearDirection = 'earlier' | 'later';

/** One of the buttons beside the year select: where it goes, what it is called, and why it cannot go. */
export interface YearStep {
  /** The year it moves to; undefined at the end of the years held. */
  target: string | undefined;
  /** Its accessible name, which names the year it moves to. */
  name: string;
  /** At an end: why it does nothing, said when it is pressed and given as its description. */
  reason: string | undefined;
}

/**
 * The step from the year shown to the one before or after it in the years held (oldest first).
 * A year that is not in the list has no neighbours: both steps say so rather than guess.
 */
export function yearStep(years: readonly string[], shown: string, direction: YearDirection): YearStep {
  const index = years.indexOf(shown);
  const target = index < 0 ? undefined : years[index + (direction === 'later' ? 1 : -1)];
  const name = direction === 'later' ? 'Next year' : 'Previous year';
  if (target !== undefined) return { target, name: `${name}, ${target}`, reason: undefined };
  const edge = direction === 'later' ? years.at(-1) : years[0];
  const reason =
    index < 0 || edge === undefined
      ? `${shown} is not one of the years held here.`
      : `No ${direction} year: ${edge} is the ${direction === 'later' ? 'latest' : 'earliest'} year held here.`;
  return { target: undefined, name, reason };
}
