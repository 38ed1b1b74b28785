import { useSyncExternalStore } from 'react';
import { subscribeUpgradeProgress, upgradeProgress } from '../db/upgradeProgress';
import { ProgressBar } from '../ui/ProgressBar';

/**
 * Shown for the moment it takes to open the database (or to prepare the demo). While a new version's one-time data
 * upgrade runs (seconds at 100,000 incidents), it says so and shows how far it has got.
 */
export function SplashScreen({ message = 'Opening Firebreak…' }: { readonly message?: string }) {
  const upgrade = useSyncExternalStore(subscribeUpgradeProgress, upgradeProgress, upgradeProgress);
  if (upgrade !== undefined) {
    return (
      <div className="splash" role="status">
        <p>Updating your data for this version of Firebreak. This happens once; nothing is lost.</p>
        <div className="splash-progress">
          <ProgressBar
            label={upgrade.task}
            value={upgrade.done}
            max={upgrade.total}
            detail={`${upgrade.done.toLocaleString()} of ${upgrade.total.toLocaleString()}`}
          />
        </div>
      </div>
    );
  }
  return (
    <div className="splash" role="status">
      <span className="splash-spinner" aria-hidden="true" />
      <p>{message}</p>
    </div>
  );
}
