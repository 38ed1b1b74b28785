/** The runbooks capability's screens and navigation: the library, one version, the editor. */
import type { FeatureCapability } from '../../app/routing';
import { lazyScreen } from '../../ui/LazyScreen';
import type { RunbookRoute } from './routes';

// Loaded on first visit, so the console's start carries only the register.
const RunbookEditorScreen = lazyScreen(() => import('./RunbookEditorScreen'), 'RunbookEditorScreen');
const RunbookLibraryScreen = lazyScreen(() => import('./RunbookLibraryScreen'), 'RunbookLibraryScreen');
const RunbookScreen = lazyScreen(() => import('./RunbookScreen'), 'RunbookScreen');

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
