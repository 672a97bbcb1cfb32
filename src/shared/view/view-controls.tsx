import { LazyAreaMultiSelect } from '../areas/lazy-area-multi-select';
import type { Area } from '../../domain/area';
import { GROUP_IDS, groupOptionLabel, localAreas } from '../../domain/comparator-groups';
import { MEASURE_IDS, MEASURES, unitsFor, type MeasureId } from '../../domain/measures';
import { useViewStore } from './view-store';
import { SORT_IDS, UNIT_IDS, type SortId, type UnitId } from './view-state';

const UNIT_TEXT: Record<UnitId, string> = { count: 'Number', rate: 'Per 100,000 people', share: '% of area total' };

export function GroupControls({ areas, focus }: { areas: Area[]; focus: Area }) {
  const group = useViewStore((store) => store.view.group);
  const custom = useViewStore((store) => store.view.custom);
  const update = useViewStore((store) => store.update);
  return (
    <>
      <div className="field">
        <label htmlFor="group-select">Compare with</label>
        <select id="group-select" value={group} onChange={(event) => update({ group: event.target.value as typeof group })}>
          {GROUP_IDS.map((id) => (
            <option key={id} value={id}>
              {groupOptionLabel(id, focus)}
            </option>
          ))}
        </select>
      </div>
      {group === 'custom' && (
        <LazyAreaMultiSelect label="Areas to compare" areas={localAreas(areas)} selectedIds={custom} onChange={(ids) => update({ custom: ids })} />
      )}
    </>
  );
}

export function MeasureSelect({ exclude = [] }: { exclude?: MeasureId[] }) {
  const measure = useViewStore((store) => store.view.measure);
  const update = useViewStore((store) => store.update);
  return (
    <div className="field">
      <label htmlFor="measure-select">Measure</label>
      <select id="measure-select" value={measure} onChange={(event) => update({ measure: event.target.value as MeasureId })}>
        {MEASURE_IDS.filter((id) => !exclude.includes(id)).map((id) => (
          <option key={id} value={id}>
            {MEASURES[id].label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function UnitChoice({ measureId }: { measureId: MeasureId }) {
  const unit = useViewStore((store) => store.view.unit);
  const update = useViewStore((store) => store.update);
  const allowed = unitsFor(MEASURES[measureId]);
  return (
    <fieldset className="field">
      <legend>Show as</legend>
      <div className="segmented">
        {UNIT_IDS.map((id) => (
          <label key={id}>
            <input
              type="radio"
              name="unit"
              value={id}
              checked={(allowed.includes(unit) ? unit : 'count') === id}
              disabled={!allowed.includes(id)}
              onChange={() => update({ unit: id })}
            />
            {UNIT_TEXT[id]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The unit actually used: a measure that cannot be shown as a rate or share falls back to counts. */
export function effectiveUnit(measureId: MeasureId, unit: UnitId): UnitId {
  return unitsFor(MEASURES[measureId]).includes(unit) ? unit : 'count';
}

/** The order of the ranked bars: the rank numbers never change, only the order. */
export function SortSelect({ previousYear }: { previousYear: string | undefined }) {
  const sort = useViewStore((store) => store.view.sort);
  const update = useViewStore((store) => store.update);
  const labels: Record<SortId, string> = {
    value: 'Highest value first',
    name: 'Area name, A to Z',
    change: previousYear ? `Biggest increase since ${previousYear} first` : 'Biggest increase since the year before first',
  };
  return (
    <div className="field">
      <label htmlFor="sort-select">Order</label>
      <select id="sort-select" value={sort} onChange={(event) => update({ sort: event.target.value as SortId })}>
        {SORT_IDS.map((id) => (
          <option key={id} value={id}>
            {labels[id]}
          </option>
        ))}
      </select>
    </div>
  );
}
