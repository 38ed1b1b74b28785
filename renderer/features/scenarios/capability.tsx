/**
 * The scenarios capability's screens and navigation: the tabletop scenario library, one version, the editor. The
 * screens (and the built-in scenarios' text with them) load on first visit, not with the console.
 */
import type { FeatureCapability } from '../../app/routing';
import { lazyScreen } from '../../ui/LazyScreen';
import type { ScenarioRoute } from './routes';

const ScenarioEditorScreen = lazyScreen(() => import('./ScenarioEditorScreen'), 'ScenarioEditorScreen');
const ScenarioLibraryScreen = lazyScreen(() => import('./ScenarioLibraryScreen'), 'ScenarioLibraryScreen');
const ScenarioScreen = lazyScreen(() => import('./ScenarioScreen'), 'ScenarioScreen');

export const scenariosFeature = {
  name: 'scenarios',
  screens: {
    scenarios: () => <ScenarioLibraryScreen />,
    'scenario-new': () => <ScenarioEditorScreen key="new" />,
    scenario: (route) => <ScenarioScreen key={route.id} id={route.id} />,
    'scenario-edit': (route) => <ScenarioEditorScreen key={route.id} baseId={route.id} />,
  },
  navigation: [
    {
      label: 'Scenarios',
      route: { name: 'scenarios' },
      icon: 'flag',
      matches: ['scenarios', 'scenario', 'scenario-edit', 'scenario-new'],
    },
  ],
  editors: ['scenario-new', 'scenario-edit'],
} as const satisfies FeatureCapability<ScenarioRoute>;
