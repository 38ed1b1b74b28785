/** The filings capability's screens: a regulatory filing (reached from the incident page's Filings panel). */
import type { FeatureCapability } from '../../app/routing';
import { FilingScreen } from './FilingScreen';
import type { FilingRoute } from './routes';

export const filingsFeature = {
  name: 'filings',
  screens: { filing: (route) => <FilingScreen key={route.id} filingId={route.id} /> },
  navigation: [],
} as const satisfies FeatureCapability<FilingRoute>;
