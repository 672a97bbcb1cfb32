import { LazyAreaMultiSelect } from '../areas/lazy-area-multi-select';
import type { Area } from '../../domain/area';
import { groupIdsAt, groupOptionLabel, type ComparatorGroupId } from '../../domain/comparator-groups';
import { GEOGRAPHY_LEVELS, LEVEL_NOUNS, unitsAt, type GeographyLevel } from '../../domain/geography';
import { MEASURE_IDS, MEASURES, unitsFor, type MeasureId } from '../../domain/measures';
import { useViewStore } from './view-store';
import { useChoiceSummary } from './chart-choices';
import { optionOf } from '../../lib/option-of';
import { SORT_IDS, UNIT_IDS, type ColourId, type IntervalId, type SortId, type UnitId } from '../../domain/chart-options';

/** A choice among typed options, each with its words: the chosen value comes back typed, never cast. */
interface ChoiceProps<T extends string> {
  value: T;
  options: readonly (readonly [T, string])[];
  onChange: (value: T) => void;
}

/**
 * A labelled <select> of typed options. Its choice in the folded options bar is the chosen option's
 * text, or `choice` where that needs its label.
 */
export function OptionSelect<T extends string>(props: ChoiceProps<T> & { id: string; label: string; choice?: string | undefined }) {
  const { id, label, value, options, onChange, choice } = props;
  const ids = options.map(([option]) => option);
  useChoiceSummary(id, choice ?? options.find(([option]) => option === value)?.[1]);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const chosen = optionOf(ids, event.target.value);
          if (chosen !== undefined) onChange(chosen);
        }}
      >
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

export function GroupControls({ areas, focus, group, level = 'area' }: { areas: Area[]; focus: Area; group: ComparatorGroupId; level?: GeographyLevel }) {
  const custom = useViewStore((store) => store.view.custom);
  const update = useViewStore((store) => store.update);
  const units = unitsAt(areas, level);
  return (
    <>
      <OptionSelect
        id="group-select"
        label="Compare with"
        value={group}
        options={groupIdsAt(level).map((id) => [id, groupOptionLabel(id, focus, areas, level)] as const)}
        onChange={(chosen) => update({ group: chosen })}
        choice={group === 'custom' ? `${custom.length} chosen ${level === 'region' ? 'region' : 'area'}${custom.length === 1 ? '' : 's'}` : undefined}
      />
      {group === 'custom' && (
        <LazyAreaMultiSelect
          label={level === 'region' ? 'Regions to compare' : 'Areas to compare'}
          areas={units}
          selectedIds={custom}
          onChange={(ids) => update({ custom: ids })}
          max={units.length}
          level={level}
        />
      )}
    </>
  );
}

// The detail in brackets is left out on a phone (narrow-screens.css), so the switch takes one line there.
const LEVEL_CHOICES: Record<GeographyLevel, readonly [string, string]> = {
  area: ['Areas', '42, reports to 2023-24'],
  region: ['Probation regions', '12, reports from 2024-25'],
};

/**
 * Areas or probation regions: the level every figure of the view is shown at. An area in focus
 * stands for its region at region level, so switching keeps the reader's place.
 */
export function GeographyChoice({ value }: { value: GeographyLevel }) {
  const update = useViewStore((store) => store.update);
  return (
    <SegmentedChoice
      legend="Show"
      name="geo"
      value={value}
      options={GEOGRAPHY_LEVELS.map((level) => [level, ...LEVEL_CHOICES[level]] as const)}
      className="geo-choice"
      onChange={(geo) => update({ geo })}
    />
  );
}

/** A labelled group of radio buttons drawn as one segmented control. */
function SegmentedChoice<T extends string>(
  props: Omit<ChoiceProps<T>, 'options'> & {
    legend: string;
    name: string;
    /** Each choice's value, its words and, optionally, a detail shown in brackets after them. */
    options: readonly (readonly [T, string] | readonly [T, string, string])[];
    className?: string;
  },
) {
  const { legend, name, value, options, onChange, className } = props;
  return (
    <fieldset className={className ? `field ${className}` : 'field'}>
      <legend>{legend}</legend>
      <div className="segmented">
        {options.map(([option, text, detail]) => (
          <label key={option}>
            <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
            {text}
            {detail && <span className="choice-detail"> ({detail})</span>}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function MeasureSelect({ value, exclude = [] }: { value: MeasureId; exclude?: MeasureId[] }) {
  const update = useViewStore((store) => store.update);
  return (
    <OptionSelect
      id="measure-select"
      label="Measure"
      value={value}
      options={MEASURE_IDS.filter((id) => !exclude.includes(id)).map((id) => [id, MEASURES[id].label] as const)}
      onChange={(measure) => update({ measure })}
    />
  );
}

const UNIT_TEXT: Record<UnitId, string> = { count: 'Number', rate: 'Per 100,000 people', share: '% of area total' };

/**
 * Counts can be shown as numbers, rates or shares. A measure that is already a rate or share is
 * shown as it is: the choice says so instead of offering units that do not apply.
 */
export function UnitChoice({ measureId, value }: { measureId: MeasureId; value: UnitId }) {
  const update = useViewStore((store) => store.update);
  const measure = MEASURES[measureId];
  const allowed = unitsFor(measure);
  useChoiceSummary('unit', measure.kind === 'count' ? UNIT_TEXT[value] : undefined);
  if (measure.kind !== 'count') {
    return (
      <div className="field">
        <span className="field-label">Shown as</span>
        <p className="field-static">{measure.kind === 'published-rate' ? `${measure.unitLabel} (as published)` : `${measure.unitLabel} (calculated here)`}</p>
      </div>
    );
  }
  return (
    <SegmentedChoice
      legend="Show as"
      name="unit"
      value={value}
      options={UNIT_IDS.filter((id) => allowed.includes(id)).map((id) => [id, UNIT_TEXT[id]] as const)}
      onChange={(unit) => update({ unit })}
    />
  );
}

/** The order of the ranked bars: the rank numbers never change, only the order. */
export function SortSelect({ value, previousYear }: { value: SortId; previousYear: string | undefined }) {
  const update = useViewStore((store) => store.update);
  const labels: Record<SortId, string> = {
    value: 'Highest value first',
    name: 'Area name, A to Z',
    change: previousYear ? `Biggest increase since ${previousYear} first (bars show the change)` : 'Biggest increase since the year before first',
  };
  const options = SORT_IDS.filter((id) => id !== 'change' || previousYear).map((id) => [id, labels[id]] as const);
  return (
    <OptionSelect
      id="sort-select"
      label="Order"
      value={value}
      options={options}
      onChange={(sort) => update({ sort })}
      choice={value === 'change' ? 'Biggest increase first' : undefined}
    />
  );
}

/**
 * Intervals on the bars, and what the bars' fill shows. Counts have no interval (they are whole
 * populations, not samples), so for them the choice says so instead of offering what does not apply.
 */
export function IntervalControls(props: { intervals: IntervalId; colour: ColourId; available: boolean; level: GeographyLevel }) {
  const { intervals, colour, available, level } = props;
  const update = useViewStore((store) => store.update);
  if (!available) {
    return (
      <div className="field">
        <span className="field-label">Confidence intervals</span>
        <p className="field-static">None for counts: they are whole populations, not samples.</p>
      </div>
    );
  }
  return (
    <>
      <OptionSelect
        id="intervals-select"
        label="Confidence intervals"
        value={intervals}
        options={[
          ['show', 'Show 95% intervals on the bars'],
          ['hide', 'Hide intervals (still in the table)'],
        ]}
        onChange={(chosen) => update({ intervals: chosen })}
        choice={intervals === 'show' ? '95% intervals shown' : 'Intervals hidden'}
      />
      <OptionSelect
        id="colour-select"
        label="Bar fill shows"
        value={colour}
        options={[
          ['focus', `The focus ${LEVEL_NOUNS[level].one}`],
          ['comparison', 'Comparison with England and Wales'],
        ]}
        onChange={(chosen) => update({ colour: chosen })}
        choice={colour === 'focus' ? `Fill: the focus ${LEVEL_NOUNS[level].one}` : 'Fill: compared with England and Wales'}
      />
    </>
  );
}
