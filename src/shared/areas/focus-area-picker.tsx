import { memo, useId } from 'react';
import type { Area } from '../../domain/area';
import { areasByRegion } from './area-search';

interface FocusAreaPickerProps {
  areas: Area[];
  selectedId: string;
  onSelect: (areaId: string) => void;
  label?: string;
}

/**
 * The focus area as a native select grouped by region: every browser and screen reader knows how
 * to operate it, typing a name jumps to it, and it costs no script. Memoised: a change of year or
 * measure re-renders the page around it, and its 43 options need not follow.
 */
export const FocusAreaPicker = memo(function FocusAreaPicker({ areas, selectedId, onSelect, label = 'Focus area' }: FocusAreaPickerProps) {
  const id = useId();
  const { national, regions } = areasByRegion(areas);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={selectedId} onChange={(event) => onSelect(event.target.value)}>
        {national.map((area) => (
          <option key={area.id} value={area.id}>
            {area.name}
          </option>
        ))}
        {regions.map(({ region, areas: inRegion }) => (
          <optgroup key={region} label={region}>
            {inRegion.map((area) => (
              <option key={area.id} value={area.id}>
                {area.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
});
