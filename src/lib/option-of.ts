/** The value of a fixed list that `raw` names, typed as the list's own; undefined for anything else. */
export function optionOf<T extends string>(values: readonly T[], raw: string): T | undefined {
  return values.find((value) => value === raw);
}
