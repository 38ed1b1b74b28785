/**
 * The signing identities this installation used before: reports they signed still carry their fingerprints, so the
 * host keeps their certificates and the verifier trusts them for those reports. Listed with fingerprints in full.
 */
import type { RetiredSigningIdentity } from '../../../shared/reports/signing';
import { DateTime } from '../../ui/DateTime';

export function RetiredSigningIdentities({ retired }: { readonly retired: readonly RetiredSigningIdentity[] }) {
  if (retired.length === 0) return null;
  return (
    <section aria-labelledby="retired-signing-identities">
      <h3 id="retired-signing-identities">Retired signing identities</h3>
      <p className="muted">
        Reports signed with these certificates still name them; they are kept so those reports stay trusted.
      </p>
      <ul className="retired-identities" aria-label="Retired signing identities">
        {retired.map((identity) => (
          <li key={identity.fingerprint}>
            <span>{identity.subject}</span> — SHA-256 <code className="fingerprint">{identity.fingerprint}</code>,
            retired <DateTime iso={identity.retiredAt} />
          </li>
        ))}
      </ul>
    </section>
  );
}
