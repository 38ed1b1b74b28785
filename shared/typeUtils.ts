/** Type-level helpers for merging capability declarations. */

/** `A | B` → `A & B`: the merged shape of several capabilities' declaration objects. */
export type UnionToIntersection<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void
  ? I
  : never;
