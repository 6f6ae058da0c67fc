"use client";

/** The editors' box at import: only the desk's own articles are published whole. */
export function DeskOwnedField({ id, checked, onChange }: { id: string; checked?: boolean; onChange?: (checked: boolean) => void }) {
  return (
    <div className="field">
      <label className="toggle" htmlFor={id}>
        <input id={id} name="deskOwned" type="checkbox" value="true" checked={checked} onChange={onChange && ((event) => onChange(event.target.checked))} /> This is our desk&apos;s own
        article (publish its full text)
      </label>
    </div>
  );
}
