/** The regulatory capability's screen and navigation entry: what is due to authorities soon, across incidents. */
import type { FeatureCapability } from '../../app/routing';
import { DueSoonScreen } from './DueSoonScreen';
import type { RegulatoryRoute } from './routes';

export const regulatoryFeature = {
  name: 'regulatory',
  screens: { deadlines: () => <DueSoonScreen /> },
  navigation: [{ label: 'Deadlines', route: { name: 'deadlines' }, icon: 'clock', matches: ['deadlines'] }],
} as const satisfies FeatureCapability<RegulatoryRoute>;
