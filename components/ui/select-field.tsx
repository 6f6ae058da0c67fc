import type { ChangeEvent } from "react";

export interface Option {
  value: string | number;
  label: string;
}

/** A labelled select: the app's filters, pickers and form choices all take this shape. */
export function SelectField({
  id,
  label,
  name,
  options,
  empty,
  defaultValue,
  value,
  onChange,
}: {
  id: string;
  label: string;
  name?: string;
  options: Option[];
  /** The first, empty choice ("All kinds", "Choose…"), if any. */
  empty?: string;
  defaultValue?: string | number;
  value?: string | number;
  onChange?(event: ChangeEvent<HTMLSelectElement>): void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={defaultValue} value={value} onChange={onChange}>
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
