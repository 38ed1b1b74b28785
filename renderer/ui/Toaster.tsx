/**
 * The toast stack and its live regions. The regions are always in the page so that screen readers announce what is
 * added to them: confirmations politely, errors at once. They carry aria-live rather than a status/alert role so
 * that the empty regions are not mistaken for messages.
 */
import { memo } from 'react';
import { useToastStore, type Toast } from './toastStore';
import { Icon } from './Icon';

interface ToastItemProps {
  readonly toast: Toast;
  readonly onDismiss: (id: number) => void;
}

/** One toast, memoised: a new toast (one for every save) renders itself, not every toast still shown. */
const ToastItem = memo(function ToastItem({ toast, onDismiss }: ToastItemProps) {
  return (
    <div className={`toast toast-${toast.tone}`}>
      <Icon name={toast.tone === 'error' ? 'alert' : toast.tone === 'success' ? 'check' : 'info'} />
      <p className="toast-message">{toast.message}</p>
      <button
        type="button"
        className="toast-dismiss"
        aria-label="Dismiss notification"
        onClick={() => onDismiss(toast.id)}
      >
        <Icon name="x" size={14} />
      </button>
    </div>
  );
});

export function Toaster() {
  const toasts = useToastStore((state) => state.toasts);
  const dismiss = useToastStore((state) => state.dismiss);
  const polite = toasts.filter((toast) => toast.tone !== 'error');
  const urgent = toasts.filter((toast) => toast.tone === 'error');
  return (
    <div className="toaster">
      <div aria-live="polite" className="toaster-region">
        {polite.map((toast) => (
          <ToastItem key={toast.id} toast={toast} onDismiss={dismiss} />
        ))}
      </div>
      <div aria-live="assertive" className="toaster-region">
        {urgent.map((toast) => (
          <ToastItem key={toast.id} toast={toast} onDismiss={dismiss} />
        ))}
      </div>
    </div>
  );
}
