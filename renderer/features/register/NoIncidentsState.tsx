/** The register before the first incident: what to do next (declare one, or load the demo data set). */
import { useDatabase } from '../../app/DatabaseContext';
import { loadDemoDataInto, useDemoLoadStore } from '../../app/demoLoadStore';
import { useSession } from '../../app/ProfileContext';
import { navigate } from '../../app/routeStore';
import { useReadOnly } from '../../app/useLegalReview';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';

export function NoIncidentsState() {
  const db = useDatabase();
  const { actor } = useSession();
  const demo = useDemoLoadStore();
  const readOnly = useReadOnly();
  if (readOnly) {
    return (
      <EmptyState icon="flag" title="No incidents yet">
        <p>Legal review mode is on, so no incident can be declared or loaded here.</p>
      </EmptyState>
    );
  }
  return (
    <EmptyState
      icon="flag"
      title="No incidents yet"
      actions={
        <>
          <Button variant="primary" icon="plus" onClick={() => navigate({ name: 'declare' })}>
            Declare incident
          </Button>
          <Button icon="database" busy={demo.status === 'loading'} onClick={() => void loadDemoDataInto(db, actor)}>
            Load demo data
          </Button>
        </>
      }
    >
      <p>
        When something goes wrong with an AI system, declare an incident to start its record and timeline. To look
        around first, load the demo data set of realistic AI incidents.
      </p>
    </EmptyState>
  );
}
