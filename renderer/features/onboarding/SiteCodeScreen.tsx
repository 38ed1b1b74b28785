/**
 * Asked once in an installation upgraded from before site codes: the code its new incident references will carry.
 * Records exist already, so the choice is final; references issued before keep their text.
 */
import type { Actor } from '../../db/write';
import { OnboardingCard } from './OnboardingCard';
import { SiteCodeForm } from './SiteCodeForm';

export function SiteCodeScreen({ actor }: { readonly actor: Actor }) {
  return (
    <OnboardingCard documentTitle="Choose a site code" heading="Choose a site code">
      <p className="onboarding-lead">
        From now on, incident references carry a short code for this installation, so that sites exchanging work never
        issue the same reference. References you already have keep their text. This installation already holds records,
        so the code you choose is final.
      </p>
      <SiteCodeForm actor={actor} siteCode="" submitLabel="Save site code" />
    </OnboardingCard>
  );
}
