/** Sizes in words for bundle previews: bytes, KB, MB, GB (powers of 1024). */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${bytes.toLocaleString('en-GB')} bytes` : `${value.toFixed(1)} ${units[unit]}`;
}
