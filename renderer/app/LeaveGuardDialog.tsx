/** Asks before leaving a form with unsaved changes (shown while the route store holds a pending navigation). */
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { useRouteStore } from './routeStore';

export function LeaveGuardDialog() {
  const pending = useRouteStore((state) => state.pending);
  const confirmLeave = useRouteStore((state) => state.confirmLeave);
  const cancelLeave = useRouteStore((state) => state.cancelLeave);
  return (
    <ConfirmDialog
      open={pending !== undefined}
      title="Discard unsaved changes?"
      message="You have changes on this form that are not saved. If you leave now they are lost."
      confirmLabel="Discard changes"
      cancelLabel="Keep editing"
      destructive
      onConfirm={confirmLeave}
      onCancel={cancelLeave}
    />
  );
}
