/**
 * The types a capability uses to declare its screens: a path table (`'/runbooks/:id'`), the routes it implies
 * (`{ name: 'runbook', id }`), the screen for each route and its navigation entries. `routes.ts` and
 * `capabilities.tsx` collect the declarations; nothing here knows any capability.
 */
import type { ComponentType, ReactNode } from 'react';
import type { IconName } from '../ui/Icon';

/** Screen addresses by route name; `:id` marks a record id (a UUID). */
export type PathTable = Readonly<Record<string, string>>;

type ParamsOf<P extends string> = P extends `${string}:id${string}` ? { readonly id: string } : unknown;

/** The routes a path table declares: `{ name }`, plus `id` where its path has `:id`. */
export type RouteOf<T extends PathTable> = {
  [N in keyof T & string]: { readonly name: N } & ParamsOf<T[N]>;
}[keyof T & string];

/** The screen for each route of a capability. */
export type ScreenTable<R extends { readonly name: string }> = {
  readonly [N in R['name']]: (route: Extract<R, { readonly name: N }>) => ReactNode;
};

/** An entry of the main navigation. */
export interface NavEntry<R extends { readonly name: string }> {
  readonly label: string;
  readonly route: R;
  readonly icon: IconName;
  readonly shortcut?: string;
  /** The routes under this entry: it shows as current on each. */
  readonly matches: ReadonlyArray<R['name']>;
  /** A small live figure beside the label (e.g. the number of incidents). */
  readonly Badge?: ComponentType;
  /** The entry leads to a screen that changes records (Declare): not offered in legal review mode. */
  readonly changes?: boolean;
}

/** What a capability adds to the console: its screens and its navigation entries. */
export interface FeatureCapability<R extends { readonly name: string }> {
  readonly name: string;
  readonly screens: ScreenTable<R>;
  readonly navigation: ReadonlyArray<NavEntry<R>>;
  /** Screens that exist only to change records (forms): legal review mode shows why they are closed instead. */
  readonly editors?: ReadonlyArray<R['name']>;
  /** Screens shown full-window without navigation (a projector screen): the shell draws only the screen. */
  readonly bare?: ReadonlyArray<R['name']>;
}
