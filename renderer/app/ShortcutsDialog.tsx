/** The keyboard shortcuts help, opened with "?" or from the sidebar. */
import { Dialog } from '../ui/Dialog';
import { SHORTCUTS } from './shortcuts';
import { useUiStore } from './uiStore';

export function ShortcutsDialog() {
  const open = useUiStore((state) => state.shortcutsOpen);
  const setOpen = useUiStore((state) => state.setShortcutsOpen);
  return (
    <Dialog open={open} title="Keyboard shortcuts" onClose={() => setOpen(false)} size="sm">
      <dl className="shortcut-list">
        {SHORTCUTS.map((shortcut) => (
          <div className="shortcut-row" key={`${shortcut.keys.join('+')}-${shortcut.action}`}>
            <dt>{shortcut.action}</dt>
            <dd>
              {shortcut.keys.map((key, index) => (
                <span key={key}>
                  {index > 0 ? <span className="shortcut-plus"> + </span> : null}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
