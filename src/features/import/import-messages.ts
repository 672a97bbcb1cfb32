/**
 * What saving does to the area-year's figures, in a sentence for the review: a whole import
 * takes the served figures' place; a partial one fills only its figures.
 */
export function importScopeNote(place: string, given: readonly string[] | undefined, templateSize: number, served: boolean): string {
  if (!given) {
    return served
      ? `Saving replaces the served figures for ${place} in every view, marked “imported”. Delete the import to bring the served figures back.`
      : `Saving adds ${place} to every view, marked “imported”.`;
  }
  const count = given.length === 1 ? '1 figure' : `${given.length} figures`;
  return served
    ? `This import gives ${count} of ${templateSize}: saving replaces only ${given.length === 1 ? 'that figure' : 'those figures'}, marked “imported”; the other served figures for ${place} stay in place.`
    : `This import gives ${count} of ${templateSize}: the others will show as not published (never as 0).`;
}

/** What the status line says after a save: what now shows, and what became of any earlier import. */
export function savedMessage({
  place,
  given,
  replaced,
  keptBeside,
}: {
  place: string;
  given: readonly string[] | undefined;
  replaced: readonly string[];
  keptBeside: boolean;
}): string {
  const shows = given
    ? `Saved ${given.length === 1 ? '1 figure' : `${given.length} figures`} for ${place}, labelled “imported”; its other figures are unchanged.`
    : `Saved: ${place} now shows your imported figures, labelled “imported”, in every view.`;
  if (replaced.length > 0) return `${shows} It replaced the earlier import (${replaced.join(', ')}).`;
  return keptBeside ? `${shows} The earlier import is kept too: figures that differ show as disputed.` : shows;
}

/** The Undo button's name, and what the status line says once undone, for a change that added and/or removed imports. */
export function undoWording(change: { added: boolean; removed: number }, what: string): { label: string; done: string } {
  if (change.added && change.removed > 0) {
    return {
      label: `Undo: remove ${what} and bring back the earlier ${change.removed === 1 ? 'import' : 'imports'} it replaced`,
      done: `Undone: ${what} is removed and the earlier ${change.removed === 1 ? 'import is' : 'imports are'} back as before.`,
    };
  }
  if (change.added) return { label: `Undo: remove ${what}`, done: `Undone: ${what} is removed.` };
  return { label: `Undo: bring back ${what}`, done: `Undone: ${what} is back as it was.` };
}
