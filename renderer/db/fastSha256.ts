/**
 * Installs hash-wasm's WebAssembly SHA-256 as the synchronous digest every write uses (`shared/domain/hash.ts`):
 * each record staged and each audit entry is hashed inside the write transaction, and a bundle import stages ten
 * thousand of them in one. Loading WebAssembly is asynchronous, so it happens once, before the first write
 * transaction (a storage capability's `writeReady`); until then, or if it cannot load, the pure-JS digest is used.
 */
import { createSHA256 } from 'hash-wasm';
import { installSha256Hex } from '../../shared/domain/hash';

let loading: Promise<void> | undefined;
let ready = false;

/** Undefined once installed (or given up on); otherwise the load to wait for. */
export function fastSha256Ready(): Promise<void> | undefined {
  if (ready) return undefined;
  loading ??= createSHA256()
    .then((hasher) => {
      installSha256Hex((data) => hasher.init().update(data).digest('hex'));
    })
    .catch(() => undefined)
    .finally(() => {
      ready = true;
    });
  return loading;
}
