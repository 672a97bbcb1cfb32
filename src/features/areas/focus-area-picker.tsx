import { useCombobox } from 'downshift';
import { useMemo, useState } from 'react';
import type { Area } from './area-schema';
import { filterAreas } from './area-search';

interface FocusAreaPickerProps {
  areas: Area[];
  selectedId: string;
  onSelect: (areaId: string) => void;
  label?: string;
}

/** A searchable combobox of the 42 areas (and England and Wales). */
export function FocusAreaPicker({ areas, selectedId, onSelect, label = 'Focus area' }: FocusAreaPickerProps) {
  const selected = areas.find((area) => area.id === selectedId) ?? null;
  const [inputValue, setInputValue] = useState(selected?.name ?? '');
  const items = useMemo(() => filterAreas(areas, inputValue === selected?.name ? '' : inputValue), [areas, inputValue, selected]);
  const { isOpen, getLabelProps, getMenuProps, getInputProps, getItemProps, getToggleButtonProps, highlightedIndex } = useCombobox<Area>({
    items,
    selectedItem: selected,
    inputValue,
    itemToString: (area) => area?.name ?? '',
    onInputValueChange: ({ inputValue: next }) => setInputValue(next ?? ''),
    onSelectedItemChange: ({ selectedItem }) => {
      if (selectedItem) onSelect(selectedItem.id);
    },
    onStateChange: ({ type }) => {
      // Leaving the box without choosing puts the current area's name back.
      if (type === useCombobox.stateChangeTypes.InputBlur) setInputValue(selected?.name ?? '');
    },
  });
  return (
    <div className="field combobox">
      <label {...getLabelProps()}>{label}</label>
      <div className="combobox-input">
        <input {...getInputProps()} placeholder="Type to search areas" />
        <button type="button" {...getToggleButtonProps()} aria-label={`Show all areas for ${label.toLowerCase()}`}>
          <span aria-hidden="true">▾</span>
        </button>
      </div>
      <ul {...getMenuProps()} className={isOpen ? 'combobox-menu open' : 'combobox-menu'}>
        {isOpen && items.length === 0 && <li className="combobox-empty">No area matches “{inputValue}”</li>}
        {isOpen &&
          items.map((area, index) => (
            <li
              key={area.id}
              className={`${highlightedIndex === index ? 'highlighted' : ''} ${area.id === selectedId ? 'selected' : ''}`}
              {...getItemProps({ item: area, index })}
            >
              {area.name}
              {area.region && <span className="combobox-region"> · {area.region}</span>}
            </li>
          ))}
      </ul>
    </div>
  );
}
