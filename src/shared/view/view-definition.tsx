import type { ComponentType, ReactNode } from 'react';
import type { Area } from '../../domain/area';
import type { GeographyLevel } from '../../domain/geography';
import type { Coverage, Landing } from '../data/landing-year';
import type { ViewData, ViewNeeds } from '../data/use-view-data';
import type { FigureDescription } from '../../domain/figure';
import type { ViewParam, ViewState } from './view-state';
import type { ViewId } from './view-ids';

/**
 * Everything a view is chosen from: the URL's state and what the data service has. A definition's
 * resolve sees only the parameters its `params` lists, so the list cannot leave one out.
 */
export interface ViewInput<P extends ViewParam = ViewParam> {
  state: Pick<ViewState, P>;
  areas: readonly Area[];
  years: readonly string[];
  coverage: Coverage | undefined;
}

/** What every view resolves to, whatever else it decides. */
export interface ResolvedView {
  view: ViewId;
  heading: string;
  /** The areas the view was resolved against (for building its figure). */
  areas: readonly Area[];
  focus: Area;
  /** Whether the view shows areas or probation regions (a view that reads no `geo` shows areas). */
  level: GeographyLevel;
  /** The year shown, and why (chosen, or the focus area's latest year with published figures). */
  landing: Landing;
  needs: ViewNeeds;
}

export interface ViewProps<R extends ResolvedView> {
  resolved: R;
  input: ViewInput;
}

/**
 * A view, as one definition: its id, its navigation label, the URL parameters it reads, a pure
 * step that decides what it shows (heading, measure, unit, year, every fallback), and its code,
 * loaded on first use. The parameters decide the page around it too: the area picker and the year
 * select show only for a view that reads `area` and `year`.
 */
export interface ViewDefinition<R extends ResolvedView, P extends ViewParam, Id extends ViewId> {
  id: Id;
  navLabel: string;
  params: readonly P[];
  resolve: (input: ViewInput<NoInfer<P>>) => R;
  /** The versions of this view that go into the board-paper pack (none if it has no figure). */
  packVariants?: (input: ViewInput) => R[];
  load: () => Promise<ViewModule<R>>;
}

/** A view's code: its page, and (for chart views) the pure build of its figure. */
export interface ViewModule<R extends ResolvedView> {
  default: ComponentType<ViewProps<R>>;
  build?: (resolved: R, data: ViewData) => FigureDescription;
}

/** A definition with its resolved type hidden, so views of every kind sit in one registry. */
export interface RegisteredView<Id extends ViewId = ViewId> {
  id: Id;
  navLabel: string;
  params: readonly ViewParam[];
  /** Whether the view reads this URL parameter (it is one of its `params`). */
  reads: (param: ViewParam) => boolean;
  resolve: (input: ViewInput) => ResolvedView & { render: () => ReactNode };
  /** Start loading the view's code (at start-up, in parallel with its data). */
  preload: () => Promise<void>;
  /** This view's figures for the board-paper pack, built from data fetched for them. */
  packFigures: (input: ViewInput, load: (needs: ViewNeeds) => Promise<ViewData>) => Promise<FigureDescription[]>;
  /** The figure this view draws for the input, as on screen; none for a page without a chart. */
  figure: (input: ViewInput, load: (needs: ViewNeeds) => Promise<ViewData>) => Promise<FigureDescription | undefined>;
  isLoaded: () => boolean;
}

/** One registered view for each id, in the ids' order (a registry that leaves one out, or swaps two, does not type-check). */
export type ViewRegistry<Ids extends readonly ViewId[]> = { readonly [I in keyof Ids]: RegisteredView<Ids[I]> };

export function defineView<R extends ResolvedView, P extends ViewParam, Id extends ViewId>(definition: ViewDefinition<R, P, Id>): RegisteredView<Id> {
  let Component: ComponentType<ViewProps<R>> | undefined;
  let build: ViewModule<R>['build'];
  let loading: Promise<void> | undefined;
  const preload = () => {
    loading ??= definition.load().then(
      (module) => {
        Component = module.default;
        build = module.build;
      },
      (error: unknown) => {
        // Let a later attempt (Try again) fetch the code afresh.
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  return {
    id: definition.id,
    navLabel: definition.navLabel,
    params: definition.params,
    reads: (param) => (definition.params as readonly ViewParam[]).includes(param),
    resolve: (input) => {
      const resolved = definition.resolve(input);
      return {
        ...resolved,
        render: () => {
          if (!Component) throw new Error(`The ${definition.id} view's code has not loaded yet.`);
          return <Component resolved={resolved} input={input} />;
        },
      };
    },
    preload,
    isLoaded: () => Component !== undefined,
    packFigures: async (input, load) => {
      const variants = definition.packVariants?.(input) ?? [];
      if (variants.length === 0) return [];
      await preload();
      const figures: FigureDescription[] = [];
      for (const variant of variants) {
        if (build) figures.push(build(variant, await load(variant.needs)));
      }
      return figures;
    },
    figure: async (input, load) => {
      const resolved = definition.resolve(input);
      await preload();
      return build ? build(resolved, await load(resolved.needs)) : undefined;
    },
  };
}
