/**
 * Sizes in words, the one way Firebreak prints them: on screen and in signed reports alike, so a file shown as
 * "15.5 MB" in the app is "15.5 MB" in the report that cites it. Binary units (1 KB = 1024 bytes), one decimal
 * below 100.
 */
const UNITS = ['KB', 'MB', 'GB', 'TB'] as const;

/** "512 B", "15.5 MB", "300 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value >= 100 ? 0 : 1)} ${UNITS[unit]}`;
}

/** "15.5 MB (16,252,928 bytes)": the size in words with the exact count. */
export function formatBytesExactly(bytes: number): string {
  return `${formatBytes(bytes)} (${bytes.toLocaleString('en-GB')} bytes)`;
}
