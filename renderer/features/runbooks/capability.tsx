/** The runbooks capability's screens and navigation: the library, one version, the editor. */
import type { FeatureCapability } from '../../app/routing';
import { RunbookEditorScreen } from './RunbookEditorScreen';
import { RunbookLibraryScreen } from './RunbookLibraryScreen';
import { RunbookScreen } from './RunbookScreen';
import type { RunbookRoute } from './routes';

export const runbooksFeature = {
  name: 'runbooks',
  screens: {
    runbooks: () => <RunbookLibraryScreen />,
    'runbook-new': () => <RunbookEditorScreen key="new" />,
    runbook: (route) => <RunbookScreen key={route.id} id={route.id} />,
    'runbook-edit': (route) => <RunbookEditorScreen key={route.id} baseId={route.id} />,
  },
  navigation: [
    {
      label: 'Runbooks',
      route: { name: 'runbooks' },
      icon: 'book',
      matches: ['runbooks', 'runbook', 'runbook-edit', 'runbook-new'],
    },
  ],
  editors: ['runbook-new', 'runbook-edit'],
} as const satisfies FeatureCapability<RunbookRoute>;
