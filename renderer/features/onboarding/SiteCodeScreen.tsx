/**
 * Asked once in an installation upgraded from before site codes: the code its new incident references will carry.
 * Records exist already, so the choice is final; references issued before keep their text.
 */
import { useDocumentTitle } from '../../app/useDocumentTitle';
import type { Actor } from '../../db/write';
import { Icon } from '../../ui/Icon';
import { SiteCodeForm } from './SiteCodeForm';

export function SiteCodeScreen({ actor }: { readonly actor: Actor }) {
  useDocumentTitle('Choose a site code');
  return (
    <main className="onboarding" id="main">
      <div className="onboarding-card">
        <div className="brand brand-large">
          <span className="brand-mark" aria-hidden="true">
            <Icon name="shield" size={22} />
          </span>
          <span className="brand-name">Firebreak</span>
        </div>
        <h1>Choose a site code</h1>
        <p className="onboarding-lead">
          From now on, incident references carry a short code for this installation, so that sites exchanging work never
          issue the same reference. References you already have keep their text. This installation already holds
          records, so the code you choose is final.
        </p>
        <SiteCodeForm actor={actor} siteCode="" submitLabel="Save site code" />
      </div>
    </main>
  );
}
