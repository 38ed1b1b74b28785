/** The scenarios capability's screens and navigation: the tabletop scenario library, one version, the editor. */
import type { FeatureCapability } from '../../app/routing';
import { ScenarioEditorScreen } from './ScenarioEditorScreen';
import { ScenarioLibraryScreen } from './ScenarioLibraryScreen';
import { ScenarioScreen } from './ScenarioScreen';
import type { ScenarioRoute } from './routes';

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
