/** The signing certificate's public details, fingerprint in full: people compare it with the one in a report. */
import type { SigningIdentity } from '../../../shared/reports/signing';
import { DateTime } from '../../ui/DateTime';

export function SigningIdentityFacts({ identity }: { readonly identity: SigningIdentity }) {
  return (
    <dl className="facts-list signing-facts">
      <div>
        <dt>Subject</dt>
        <dd>{identity.subject}</dd>
      </div>
      <div>
        <dt>Issuer</dt>
        <dd>{identity.source === 'self-signed' ? 'Self-signed' : identity.issuer}</dd>
      </div>
      <div>
        <dt>Certificate SHA-256</dt>
        <dd>
          <code className="fingerprint">{identity.fingerprint}</code>
        </dd>
      </div>
      <div>
        <dt>Valid</dt>
        <dd>
          <DateTime iso={identity.validFrom} /> to <DateTime iso={identity.validTo} />
        </dd>
      </div>
    </dl>
  );
}
