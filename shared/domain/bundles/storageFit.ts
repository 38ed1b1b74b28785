/**
 * Does a bundle fit in this device's storage? The importer asks before it writes (and the preview says what it will
 * take): the evidence it must store plus its records, twice (each record is stored with its sync state), plus the
 * same headroom evidence intake keeps, against `navigator.storage.estimate()`'s quota minus usage.
 */
import { formatBytes } from '../byteSize';
import { STORAGE_MARGIN_BYTES } from '../evidence/evidence';

export interface StorageEstimateLike {
  readonly quota?: number;
  readonly usage?: number;
}

export interface BundleStorageNeed {
  /** Bytes of evidence the database does not hold yet. */
  readonly evidenceBytes: number;
  /** Bytes of the bundle's `records/*.ndjson` entries. */
  readonly recordBytes: number;
}

export interface BundleStorageFit {
  readonly needed: number;
  /** Free bytes for this site's storage, or null when the browser does not say. */
  readonly free: number | null;
  readonly fits: boolean;
}

export function bundleStorageFit(need: BundleStorageNeed, estimate: StorageEstimateLike): BundleStorageFit {
  const needed = need.evidenceBytes + 2 * need.recordBytes;
  if (estimate.quota === undefined) return { needed, free: null, fits: true };
  const free = Math.max(0, estimate.quota - (estimate.usage ?? 0));
  return { needed, free, fits: needed + STORAGE_MARGIN_BYTES <= free };
}

/** The refusal in words, with how much to free; null when the bundle fits. */
export function bundleStorageRefusal(need: BundleStorageNeed, estimate: StorageEstimateLike): string | null {
  const fit = bundleStorageFit(need, estimate);
  if (fit.fits || fit.free === null) return null;
  const shortBy = fit.needed + STORAGE_MARGIN_BYTES - fit.free;
  return (
    `There is not enough storage for this bundle: it needs ${formatBytes(fit.needed)} ` +
    `(${formatBytes(need.evidenceBytes)} of evidence, ${formatBytes(2 * need.recordBytes)} of records) and ` +
    `${formatBytes(fit.free)} is free. Free at least ${formatBytes(shortBy)} of disk space on this device (delete ` +
    `files you no longer need) and import it again; nothing was imported.`
  );
}

/** One line for the preview: what the import will take and what is free. */
export function bundleStorageInWords(fit: BundleStorageFit): string {
  return fit.free === null
    ? `Importing takes about ${formatBytes(fit.needed)}; this browser does not say how much space is free.`
    : `Importing takes about ${formatBytes(fit.needed)}; ${formatBytes(fit.free)} is free.`;
}
