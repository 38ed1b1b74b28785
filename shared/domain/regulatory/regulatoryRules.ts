/** Every regime's deadline rules, by id: the one list the clock engine reads (`rules.ts` explains the vocabulary). */
import type { RegimeId } from './clockInput';
import { EU_REGIMES } from './euRegimes';
import type { RegimeRule } from './rules';
import { US_REGIMES } from './usRegimes';

export const REGULATORY_RULES: { readonly [R in RegimeId]: RegimeRule<R> } = { ...EU_REGIMES, ...US_REGIMES };
