/** Progress of a demo data load, shown above the register while it runs, or what went wrong. */
import { useDemoLoadStore } from '../../app/demoLoadStore';
import { ProgressBar } from '../../ui/ProgressBar';

export function DemoLoadBanner() {
  const demo = useDemoLoadStore();
  if (demo.status === 'loading') {
    return (
      <div className="banner">
        <ProgressBar
          label="Loading demo data"
          value={demo.done}
          max={demo.total}
          detail={
            demo.total > 0
              ? `${demo.done.toLocaleString('en-GB')} of ${demo.total.toLocaleString('en-GB')} incidents`
              : 'Preparing…'
          }
        />
      </div>
    );
  }
  if (demo.status === 'failed') {
    return (
      <div className="banner banner-danger" role="alert">
        Demo data was not loaded. {demo.message}
      </div>
    );
  }
  return null;
}
