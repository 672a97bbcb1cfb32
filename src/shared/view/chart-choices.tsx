import { createContext, useCallback, useContext, useLayoutEffect, useState, type ReactNode } from 'react';

type ReportChoice = (key: string, text: string | undefined) => void;

const ChoicesContext = createContext<ReportChoice | undefined>(undefined);

/**
 * A chart option says what it is set to, in a few words, for the folded options bar of a narrow
 * screen ("All 42 areas; Highest value first"). Outside an options bar it does nothing.
 */
export function useChoiceSummary(key: string, text: string | undefined) {
  const report = useContext(ChoicesContext);
  useLayoutEffect(() => report?.(key, text), [report, key, text]);
  // Forgotten only when the control goes, so a changed choice keeps its place in the line.
  useLayoutEffect(() => () => report?.(key, undefined), [report, key]);
}

/** A choice said by a view itself (a list of areas, say), for options that are not one select. */
export function ChoiceSummary({ id, text }: { id: string; text: string | undefined }) {
  useChoiceSummary(id, text);
  return null;
}

/** The choices of the options inside `children`, in the order they first appeared. */
export function useChoices(): [string[], (children: ReactNode) => ReactNode] {
  const [choices, setChoices] = useState<ReadonlyMap<string, string>>(new Map());
  const report = useCallback<ReportChoice>((key, text) => {
    setChoices((current) => {
      if (current.get(key) === text) return current;
      const next = new Map(current);
      if (text === undefined) next.delete(key);
      else next.set(key, text);
      return next;
    });
  }, []);
  const provide = useCallback((children: ReactNode) => <ChoicesContext.Provider value={report}>{children}</ChoicesContext.Provider>, [report]);
  return [[...choices.values()], provide];
}
