/**
 * First run: who is responding from this machine, and the site code of this installation. Everything recorded
 * afterwards is attributed to this person, and every incident declared here carries the site code in its reference.
 * A demonstration (demo=1) asks the same, with the demo identity filled in for the newcomer to keep or replace.
 */
import { FirstRunForm } from './FirstRunForm';
import { OnboardingCard } from './OnboardingCard';

export function OnboardingScreen({ demo = false }: { readonly demo?: boolean }) {
  if (demo) {
    return (
      <OnboardingCard documentTitle="Welcome to the demo" heading="Welcome to the Firebreak demo">
        <p className="onboarding-lead">
          The demo opens on a register of example AI incidents. Put your own name here so that what you record while you
          try it carries it, or keep the demo identity.
        </p>
        <FirstRunForm demo />
        <p className="onboarding-foot muted">You can change these later in Settings.</p>
      </OnboardingCard>
    );
  }
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
