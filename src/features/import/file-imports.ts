/** Imports come from files: one file (or one sheet of a workbook) can give many area-years. */
export interface FromFile {
  key: string;
  fileName: string;
}

/** Every import saved from this file, to delete or undo them together. */
export function importsFromFile<T extends FromFile>(imports: readonly T[], fileName: string): T[] {
  return imports.filter((item) => item.fileName === fileName);
}

/** The files that gave more than one import, in the order first saved, with how many each gave. */
export function filesWithSeveralImports(imports: readonly FromFile[]): { fileName: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const item of imports) counts.set(item.fileName, (counts.get(item.fileName) ?? 0) + 1);
  return [...counts].filter(([, count]) => count > 1).map(([fileName, count]) => ({ fileName, count }));
}
