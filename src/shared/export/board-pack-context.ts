import { createContext, useContext } from 'react';
import type { FigureDescription } from '../../domain/figure';

/**
 * Every figure of the app for the view shown, for the board-paper pack. The app provides it from
 * its registry of views, so a view that offers the pack needs no knowledge of the others.
 */
export type PackFigures = (signal: AbortSignal, onProgress: (step: string) => void) => Promise<FigureDescription[]>;

export const PackFiguresContext = createContext<PackFigures | undefined>(undefined);

export function usePackFigures(): PackFigures | undefined {
  return useContext(PackFiguresContext);
}
