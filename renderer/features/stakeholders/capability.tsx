/** The stakeholders capability's screen and navigation entry: the registry of who must be told. */
import type { FeatureCapability } from '../../app/routing';
import type { StakeholderRoute } from './routes';
import { StakeholdersScreen } from './StakeholdersScreen';

export const stakeholdersFeature = {
  name: 'stakeholders',
  screens: { stakeholders: () => <StakeholdersScreen /> },
  navigation: [{ label: 'Stakeholders', route: { name: 'stakeholders' }, icon: 'users', matches: ['stakeholders'] }],
} as const satisfies FeatureCapability<StakeholderRoute>;
