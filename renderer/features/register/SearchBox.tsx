/** "Search incidents": the register's text search. Ctrl/Cmd+K or / focuses it; Escape clears it. */
import { useEffect, useRef } from 'react';
import { useUiStore } from '../../app/uiStore';
import { Icon } from '../../ui/Icon';
import { useRegisterStore } from './registerStore';

export function SearchBox() {
  const text = useRegisterStore((state) => state.text);
  const setText = useRegisterStore((state) => state.setText);
  const focusRequest = useUiStore((state) => state.searchFocusRequest);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (focusRequest === 0) return;
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [focusRequest]);

  return (
    <div className="search-box">
      <label htmlFor="register-search" className="visually-hidden">
        Search incidents
      </label>
      <Icon name="search" />
      <input
        ref={inputRef}
        id="register-search"
        type="search"
        className="search-input"
        placeholder="Search by reference, title or summary"
        autoComplete="off"
        spellCheck={false}
        aria-keyshortcuts="/"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && text !== '') {
            event.preventDefault();
            setText('');
          }
        }}
      />
      {text === '' ? (
        <kbd className="search-kbd" aria-hidden="true">
          /
        </kbd>
      ) : null}
    </div>
  );
}
