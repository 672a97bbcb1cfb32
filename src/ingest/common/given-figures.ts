import { hasCategory4, isMappaYear } from '../../domain/years';
import type { WireFigure } from './figure-values';
import { categoriesOf, reportFigureIds } from './report-figure-ids';

/** Every figure id of a year's report template. */
export function templateFigureIds(year: string): string[] {
  return reportFigureIds(categoriesOf(isMappaYear(year) && hasCategory4(year)));
}

/**
 * The figures an import gives (a number, "-", or a real source's "not published"), or undefined when it gives every figure of its
 * year: a whole report. A figure left empty is not given, so it never blanks a served figure.
 */
export function givenFigureIds(year: string, valueOf: (figureId: string) => WireFigure | undefined): string[] | undefined {
  const template = templateFigureIds(year);
  const given = template.filter((figureId) => {
    const value = valueOf(figureId);
    return value !== null && value !== undefined;
  });
  return given.length === template.length ? undefined : given;
}
