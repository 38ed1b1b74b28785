/**
 * The shape of a SHA-256 digest as Firebreak writes it everywhere (records, audit and custody chains, manifests, IPC):
 * 64 lowercase hex digits. Only zod here, no hash implementation: the IPC contract, and so the preload, imports it.
 */
import { z } from 'zod';

export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/, 'Not a SHA-256 hex digest.');
