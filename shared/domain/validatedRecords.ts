/**
 * Records already parsed by their entity's schema, remembered by object identity so the one writer
 * (`renderer/db/write.ts`) does not parse the same object twice. A bundle import validates every record it reads
 * before the preview (`readRecordStates`); the apply then stores exactly those objects, which `RecordWriter` accepts
 * as validated only when this module saw its own `safeParse` return them for that entity. The remembered object is
 * frozen all the way down, so identity keeps standing for "this value passed this schema": a later change to it
 * throws instead of slipping past the writer's parse.
 */
import type { z } from 'zod';
import { IN_WORDS } from '../errors';

const validated = new WeakMap<object, string>();
const recordOfState = new WeakMap<object, object>();

/** `schema.safeParse(candidate)` in words; a successful object result is remembered as valid for `entity`. */
export function parseEntityRecord<S extends z.ZodType>(
  entity: string,
  schema: S,
  candidate: unknown,
): z.ZodSafeParseResult<z.output<S>> {
  const parsed = schema.safeParse(candidate, IN_WORDS);
  if (parsed.success && typeof parsed.data === 'object' && parsed.data !== null)
    validated.set(deepFreeze(parsed.data as object), entity);
  return parsed;
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (typeof child === 'object' && child !== null && !Object.isFrozen(child)) deepFreeze(child as object);
  }
  return Object.freeze(value);
}

/** Whether `record` is an object `parseEntityRecord` returned for `entity`. */
export function wasValidatedAs(record: unknown, entity: string): boolean {
  return typeof record === 'object' && record !== null && validated.get(record) === entity;
}

/** Remembers the validated record a received sync state stands for (its materialized form, parsed). */
export function rememberRecordOfState(state: object, record: object): void {
  recordOfState.set(state, record);
}

/** The validated record remembered for this very state object, if any. */
export function validatedRecordOfState(state: object): object | undefined {
  return recordOfState.get(state);
}
