/** Response-team role ids in words ("incident-commander" → "Incident commander"); the names live in the domain. */
import { roleName } from '../../../shared/domain/team';

export function roleLabel(role: string): string {
  return roleName(role);
}
