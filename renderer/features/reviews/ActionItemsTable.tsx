/** Action items as a table: what, type, owner, priority, due (overdue marked in words), status, and an edit button. */
import {
  ACTION_STATUS_LABELS,
  ACTION_TYPE_LABELS,
  isOverdue,
  type ActionItem,
} from '../../../shared/domain/reviews/actionItem';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';

export function ActionItemsTable({
  items,
  today,
  onEdit,
  showIncident = false,
}: {
  readonly items: readonly ActionItem[];
  readonly today: string;
  readonly onEdit?: (item: ActionItem) => void;
  readonly showIncident?: boolean;
}) {
  return (
    <table className="data-table action-items-table">
      <thead>
        <tr>
          {showIncident ? <th scope="col">Incident</th> : null}
          <th scope="col">Action</th>
          <th scope="col">Type</th>
          <th scope="col">Owner</th>
          <th scope="col">Priority</th>
          <th scope="col">Due</th>
          <th scope="col">Status</th>
          {onEdit ? (
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id} className={isOverdue(item, today) ? 'is-overdue' : undefined}>
            {showIncident ? <td className="mono">{item.incidentRef}</td> : null}
            <td>
              {item.title}
              {item.link ? (
                <div className="muted small">
                  Linked {item.link.kind}: {item.link.label}
                </div>
              ) : null}
            </td>
            <td>{ACTION_TYPE_LABELS[item.type]}</td>
            <td>{item.owner}</td>
            <td>{item.priority}</td>
            <td>
              {item.dueDate} {isOverdue(item, today) ? <Badge tone="danger">Overdue</Badge> : null}
            </td>
            <td>
              <Badge tone={item.status === 'done' ? 'success' : item.status === 'blocked' ? 'warning' : 'neutral'}>
                {ACTION_STATUS_LABELS[item.status]}
              </Badge>
            </td>
            {onEdit ? (
              <td>
                <Button
                  size="sm"
                  variant="ghost"
                  icon="edit"
                  onClick={() => onEdit(item)}
                  aria-label={`Edit “${item.title}”`}
                >
                  Edit
                </Button>
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
