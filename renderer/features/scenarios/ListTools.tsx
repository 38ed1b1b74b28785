/** Move up, move down and remove for one item of an editor's list, usable from the keyboard. */
import { Button } from '../../ui/Button';

export function ListTools({
  name,
  index,
  count,
  onMove,
  onRemove,
  minimum = 0,
}: {
  /** How the item is called in the buttons' accessible names, e.g. "inject 2 of Module 1". */
  readonly name: string;
  readonly index: number;
  readonly count: number;
  readonly onMove: (from: number, to: number) => void;
  readonly onRemove: (index: number) => void;
  /** The list keeps at least this many items. */
  readonly minimum?: number;
}) {
  return (
    <div className="step-editor-tools">
      <Button
        size="sm"
        icon="arrowUp"
        aria-label={`Move ${name} up`}
        disabled={index === 0}
        onClick={() => onMove(index, index - 1)}
      >
        Up
      </Button>
      <Button
        size="sm"
        icon="arrowDown"
        aria-label={`Move ${name} down`}
        disabled={index === count - 1}
        onClick={() => onMove(index, index + 1)}
      >
        Down
      </Button>
      <Button
        size="sm"
        variant="ghost"
        icon="trash"
        aria-label={`Remove ${name}`}
        disabled={count <= minimum}
        onClick={() => onRemove(index)}
      >
        Remove
      </Button>
    </div>
  );
}
