/** Shows the screen for the current route. */
import { DeclareScreen } from '../features/declare/DeclareScreen';
import { EditIncidentScreen } from '../features/declare/EditIncidentScreen';
import { EvidenceItemScreen } from '../features/evidence/EvidenceItemScreen';
import { EvidenceScreen } from '../features/evidence/EvidenceScreen';
import { IncidentScreen } from '../features/incident/IncidentScreen';
import { RegisterScreen } from '../features/register/RegisterScreen';
import { RunbookEditorScreen } from '../features/runbooks/RunbookEditorScreen';
import { RunbookLibraryScreen } from '../features/runbooks/RunbookLibraryScreen';
import { RunbookScreen } from '../features/runbooks/RunbookScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { useRouteStore } from './routeStore';

export function ScreenOutlet() {
  const route = useRouteStore((state) => state.route);
  switch (route.name) {
    case 'register':
      return <RegisterScreen />;
    case 'incident':
      return <IncidentScreen key={route.id} id={route.id} />;
    case 'edit':
      return <EditIncidentScreen key={route.id} id={route.id} />;
    case 'declare':
      return <DeclareScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'evidence':
      return <EvidenceScreen />;
    case 'evidence-item':
      return <EvidenceItemScreen key={route.id} id={route.id} />;
    case 'runbooks':
      return <RunbookLibraryScreen />;
    case 'runbook':
      return <RunbookScreen key={route.id} id={route.id} />;
    case 'runbook-edit':
      return <RunbookEditorScreen key={route.id} baseId={route.id} />;
    case 'runbook-new':
      return <RunbookEditorScreen key="new" />;
  }
}
