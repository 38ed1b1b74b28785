/** The reviews capability's screens: an incident's post-incident review (reached from the incident page). */
import type { FeatureCapability } from '../../app/routing';
import { ReviewScreen } from './ReviewScreen';
import type { ReviewRoute } from './routes';

export const reviewsFeature = {
  name: 'reviews',
  screens: {
    review: (route) => <ReviewScreen key={route.id} incidentId={route.id} />,
  },
  navigation: [],
} as const satisfies FeatureCapability<ReviewRoute>;
