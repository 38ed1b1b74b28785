/**
 * First run: who is responding from this machine, and the site code of this installation. Everything recorded
 * afterwards is attributed to this person, and every incident declared here carries the site code in its reference.
 */
import { FirstRunForm } from './FirstRunForm';
import { OnboardingCard } from './OnboardingCard';

export function OnboardingScreen() {
  return (
    <OnboardingCard documentTitle="Welcome" heading="Welcome to Firebreak">
      <p className="onboarding-lead">
        Firebreak keeps your incidents, timelines and audit log on this machine, with no network at all. Tell it who you
        are: every declaration, decision and change you record carries your name.
      </p>
      <FirstRunForm />
      <p className="onboarding-foot muted">You can change these later in Settings.</p>
    </OnboardingCard>
  );
}
