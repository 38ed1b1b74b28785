/**
 * A react-hook-form submit that saves and, when the save is refused, keeps the form as it is and says why in words
 * (`saveError`). With `guardsNavigation`, the unsaved-changes guard is lifted for the save (which may move to another
 * screen) and put back if it fails. `problems` counts the fields needing attention after a submit (for FormFooter).
 */
import { useState, type BaseSyntheticEvent } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useRouteStore } from './routeStore';
import { describeError } from '../ui/errorMessage';
import { countFieldErrors } from '../ui/FormFooter';

export interface SaveSubmit {
  readonly submit: (event?: BaseSyntheticEvent) => Promise<void>;
  readonly saveError: string | undefined;
  readonly problems: number;
}

export function useSaveSubmit<TValues extends FieldValues, TOutput>(
  form: UseFormReturn<TValues, unknown, TOutput>,
  save: (values: TOutput) => Promise<unknown>,
  options: { readonly guardsNavigation?: boolean } = {},
): SaveSubmit {
  const [saveError, setSaveError] = useState<string | undefined>();
  const submit = form.handleSubmit(async (values) => {
    setSaveError(undefined);
    try {
      if (options.guardsNavigation) useRouteStore.getState().setGuarded(false);
      await save(values);
    } catch (error) {
      if (options.guardsNavigation) useRouteStore.getState().setGuarded(form.formState.isDirty);
      setSaveError(describeError(error));
    }
  });
  const { errors, submitCount } = form.formState;
  return { submit, saveError, problems: submitCount > 0 ? countFieldErrors(errors) : 0 };
}
