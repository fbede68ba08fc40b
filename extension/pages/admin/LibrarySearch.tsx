interface LibrarySearchProps {
  /** The input's id and test id. */
  id: string;
  label: string;
  placeholder: string;
  /** The library's own field class, besides `field` (its width in the toolbar). */
  className: string;
  value: string;
  onValue(value: string): void;
}

/** The search at the head of a library (lessons, playbooks): filters as the user types. */
export function LibrarySearch({ id, label, placeholder, className, value, onValue }: LibrarySearchProps) {
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
