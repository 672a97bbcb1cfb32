import { useCombobox, useMultipleSelection } from 'downshift';
import { useMemo, useState } from 'react';
import type { Area } from '../../domain/area';
import type { GeographyLevel } from '../../domain/geography';
import { filterAreas } from './area-search';

interface AreaMultiSelectProps {
  label: string;
  areas: Area[];
  selectedIds: string[];
  onChange: (ids: string[]) => void;
  max?: number;
  hint?: string;
  /** What the list holds, for the empty box's prompt: areas unless probation regions. */
  level?: GeographyLevel;
}

/** Choose several areas by typing: chosen ones show as removable chips. */
export function AreaMultiSelect({ label, areas, selectedIds, onChange, max = areas.length, hint, level = 'area' }: AreaMultiSelectProps) {
  const [inputValue, setInputValue] = useState('');
  const selected = useMemo(() => selectedIds.map((id) => areas.find((a) => a.id === id)).filter((a): a is Area => a !== undefined), [areas, selectedIds]);
  const full = selected.length >= max;
  const items = useMemo(() => filterAreas(areas, inputValue).filter((a) => !selectedIds.includes(a.id)), [areas, inputValue, selectedIds]);
  const { getSelectedItemProps, getDropdownProps, removeSelectedItem } = useMultipleSelection<Area>({
    selectedItems: selected,
    onSelectedItemsChange: ({ selectedItems }) => onChange((selectedItems ?? []).map((a) => a.id)),
  });
  const { isOpen, getLabelProps, getMenuProps, getInputProps, getItemProps, highlightedIndex } = useCombobox<Area>({
    items,
    inputValue,
    selectedItem: null,
    defaultHighlightedIndex: 0,
    itemToString: (area) => area?.name ?? '',
    stateReducer: (_state, { changes, type }) => {
      if (type === useCombobox.stateChangeTypes.InputKeyDownEnter || type === useCombobox.stateChangeTypes.ItemClick) {
        return { ...changes, isOpen: true, highlightedIndex: 0, inputValue: '' };
      }
      return changes;
    },
    onStateChange: ({ type, selectedItem, inputValue: next }) => {
      if (type === useCombobox.stateChangeTypes.InputChange) setInputValue(next ?? '');
      if ((type === useCombobox.stateChangeTypes.InputKeyDownEnter || type === useCombobox.stateChangeTypes.ItemClick) && selectedItem && !full) {
        onChange([...selectedIds, selectedItem.id]);
        setInputValue('');
      }
    },
  });
  const hintId = `${label.replace(/\W+/g, '-').toLowerCase()}-hint`;
  return (
    <div className="field combobox multi">
      <label {...getLabelProps()}>{label}</label>
      <p className="hint" id={hintId}>
        {hint ?? 'Type to search, then press Enter to add.'} {full ? `You have chosen the most allowed (${max}).` : `${selected.length} chosen.`}
      </p>
      <div className="combobox-input">
        <input
          {...getInputProps(getDropdownProps({ preventKeyAction: isOpen, 'aria-describedby': hintId }))}
          placeholder={level === 'region' ? 'Add a region' : 'Add an area'}
          disabled={full}
        />
      </div>
      <ul {...getMenuProps()} className={isOpen && !full ? 'combobox-menu open' : 'combobox-menu'}>
        {isOpen &&
          !full &&
          items.map((area, index) => (
            <li key={area.id} className={highlightedIndex === index ? 'highlighted' : ''} {...getItemProps({ item: area, index })}>
              {area.name}
              {area.region && <span className="combobox-region"> · {area.region}</span>}
            </li>
          ))}
      </ul>
      {selected.length > 0 && (
        <ul className="chips" aria-label={`${label}: chosen`}>
          {selected.map((area, index) => (
            <li key={area.id} {...getSelectedItemProps({ selectedItem: area, index })} tabIndex={-1}>
              {area.name}
              <button type="button" aria-label={`Remove ${area.name}`} onClick={() => removeSelectedItem(area)}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
