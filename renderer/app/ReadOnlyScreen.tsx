/** In place of a form while legal review mode is on: says why it is closed and offers the way back. */
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { navigate } from './routeStore';
import { useDocumentTitle } from './useDocumentTitle';

export function ReadOnlyScreen() {
  useDocumentTitle('Read-only');
  return (
    <div className="screen">
      <h1 className="visually-hidden">Not available in legal review mode</h1>
      <EmptyState
        icon="shield"
        title="Not available in legal review mode"
        actions={<Button onClick={() => navigate({ name: 'register' })}>Back to incidents</Button>}
      >
        <p>Nothing can be changed while a legal review is under way. Turn legal review mode off to make changes.</p>
      </EmptyState>
    </div>
  );
}
