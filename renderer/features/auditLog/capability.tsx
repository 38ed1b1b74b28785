/** The audit log viewer's screen and navigation entry: who changed what, when, with the chain verified beside it. */
import type { FeatureCapability } from '../../app/routing';
import { AuditLogScreen } from './AuditLogScreen';
import type { AuditLogRoute } from './routes';

export const auditLogFeature = {
  name: 'auditLog',
  screens: { auditLog: () => <AuditLogScreen /> },
  navigation: [{ label: 'Audit log', route: { name: 'auditLog' }, icon: 'shield', matches: ['auditLog'] }],
} as const satisfies FeatureCapability<AuditLogRoute>;
