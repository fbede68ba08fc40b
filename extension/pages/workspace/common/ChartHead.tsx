import { useState } from 'preact/hooks';

interface ChartHeadProps {
  /** The card's own head class (`costs-curve__head` …). */
  className: string;
  titleId: string;
  title: string;
  /** With nothing drawn there is nothing to show as a table either. */
  hasFigures: boolean;
  toggle: TableToggle;
}

/** The "as a table" button of a chart: whether it is pressed, its setter, its test id and its words. */
interface TableToggle {
  isTable: boolean;
  onTable(isTable: boolean): void;
  testId: string;
  label: string;
}

/** Whether a chart card shows its figures as a table instead of the picture, and the button that says so. */
export function useTableToggle(testId: string, label: string): [boolean, TableToggle] {
  const [isTable, setIsTable] = useState(false);
  return [isTable, { isTable, onTable: setIsTable, testId, label }];
}

/**
 * A chart card's head: its title, and the pressed-or-not button that shows the same figures as a
 * table instead of the picture.
 */
export function ChartHead(props: ChartHeadProps) {
  const { isTable, onTable, testId, label } = props.toggle;
  return (
    <div class={props.className}>
      <h3 id={props.titleId} class="card__title">
        {props.title}
      </h3>
      {props.hasFigures ? (
        <button
          type="button"
          class="button button--quiet"
          aria-pressed={isTable ? 'true' : 'false'}
          data-testid={testId}
          onClick={() => onTable(!isTable)}
        >
          {label}
        </button>
      ) : null}
    </div>
  );
}
