/** The evidence capability's screens and navigation: every item across incidents, and one item. */
import type { FeatureCapability } from '../../app/routing';
import { EvidenceItemScreen } from './EvidenceItemScreen';
import { EvidenceScreen } from './EvidenceScreen';
import type { EvidenceRoute } from './routes';

export const evidenceFeature = {
  name: 'evidence',
  screens: {
    evidence: () => <EvidenceScreen />,
    'evidence-item': (route) => <EvidenceItemScreen key={route.id} id={route.id} />,
  },
  navigation: [
    { label: 'Evidence', route: { name: 'evidence' }, icon: 'database', matches: ['evidence', 'evidence-item'] },
  ],
} as const satisfies FeatureCapability<EvidenceRoute>;
