/** The stakeholders capability's screen and navigation entry: the registry of who must be told. */
import type { FeatureCapability } from '../../app/routing';
import { lazyScreen } from '../../ui/LazyScreen';
import type { StakeholderRoute } from './routes';

// Loaded on first visit, so the console's start carries only the register.
const StakeholdersScreen = lazyScreen(() => import('./StakeholdersScreen'), 'StakeholdersScreen');

export const stakeholdersFeature = {
  name: 'stakeholders',
  screens: { stakeholders: () => <StakeholdersScreen /> },
  navigation: [{ label: 'Stakeholders', route: { name: 'stakeholders' }, icon: 'users', matches: ['stakeholders'] }],
} as const satisfies FeatureCapability<StakeholderRoute>;
