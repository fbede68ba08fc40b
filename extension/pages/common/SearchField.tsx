interface SearchFieldProps {
  /** The input's id and test id. */
  id: string;
  label: string;
  placeholder?: string;
  /** The list's own field class, besides `field` (its width in the toolbar). */
  className: string;
  value: string;
  onValue(value: string): void;
}

/** The search at the head of a list (lessons, playbooks, RAID): filters as the user types. */
export function SearchField({ id, label, placeholder, className, value, onValue }: SearchFieldProps) {
  return (
    <div class={`field ${className}`}>
      <label for={id}>{label}</label>
      <input
        id={id}
        data-testid={id}
        type="search"
        value={value}
        placeholder={placeholder}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
    </div>
  );
}
