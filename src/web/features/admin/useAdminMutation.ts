import { type UseMutationResult, useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api.js';
import type { FormError } from '../../lib/formErrors.js';
import { refusal, serverFieldErrors } from './adminErrors.js';
import { type RefreshKey, useRefreshAdmin } from './adminQueries.js';
import { type Outcome, outcome } from './OutcomeAlert.js';

export interface AdminMutationOptions<TData, TVariables> {
  mutationFn(variables: TVariables): Promise<TData>;
  /** The success message for the outcome alert; without it the caller says so itself. */
  done?(data: TData, variables: TVariables): string;
  /** More after success, once the lists are refreshed: empty the form, go to the new page. */
  onSuccess?(data: TData, variables: TVariables): unknown;
  /**
   * A refusal is said in the outcome alert under this heading (an action on a row of a list);
   * without it, in the form's error summary.
   */
  failedHeading?(variables: TVariables): string;
  /** What a 409 means for this change: beside a field when it names one. */
  conflict?: FormError;
  /** The API's field names mapped to the form's fields, for the server's complaints (400, 422). */
  fields?: Record<string, FormError>;
  /** A failure the caller tells in its own way; true when it did. */
  intercept?(error: unknown): boolean;
  /** Before the request, besides clearing the outcome and the errors. */
  onMutate?(): void;
  /** The public lists to fetch anew as well as the managers' own. */
  refresh?: RefreshKey[];
  /** Also after a failure: the list it acted on may have changed under the manager's eyes. */
  refreshOnFailure?: boolean;
}

export type AdminMutation<TData, TVariables> = UseMutationResult<TData, Error, TVariables> & {
  /** The errors for the form's error summary and fields. */
  errors: FormError[];
  /** Counts the failed submits, so that the error summary takes the focus each time. */
  attempt: number;
  feedback: Outcome | undefined;
  setFeedback(value: Outcome | undefined): void;
  /** Shows the form's own findings (none: clears them) and counts the attempt. */
  showErrors(found: FormError[]): void;
};

/**
 * A change on the managers' pages, with what every such change keeps beside it: the outcome to
 * say, the form's errors, and the lists to refresh afterwards.
 */
export function useAdminMutation<TData, TVariables>(
  options: AdminMutationOptions<TData, TVariables>,
): AdminMutation<TData, TVariables> {
  const { t } = useTranslation();
  const refreshAdmin = useRefreshAdmin();
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [feedback, setFeedback] = useState<Outcome>();
  const refresh = () => refreshAdmin(...(options.refresh ?? []));

  const showErrors = (found: FormError[]) => {
    setErrors(found);
    setAttempt((count) => count + 1);
  };

  const formErrors = (error: unknown): FormError[] => {
    const { conflict, fields } = options;
    if (conflict && error instanceof ApiError && error.status === 409) return [conflict];
    const found = fields ? serverFieldErrors(t, error, fields) : [];
    return found.length > 0 ? found : [{ message: refusal(t, error) }];
  };

  const mutation = useMutation({
    mutationFn: options.mutationFn,
    onMutate: () => {
      setErrors([]);
      setFeedback(undefined);
      options.onMutate?.();
    },
    onSuccess: (data, variables) => {
      refresh();
      if (options.done) setFeedback(outcome(true, options.done(data, variables)));
      return options.onSuccess?.(data, variables);
    },
    onError: (error, variables) => {
      if (options.refreshOnFailure) refresh();
      if (options.intercept?.(error)) return;
      if (options.failedHeading) {
        const reason = refusal(t, error, options.conflict?.message);
        setFeedback(outcome(false, options.failedHeading(variables), reason));
      } else {
        showErrors(formErrors(error));
      }
    },
  });

  return { ...mutation, errors, attempt, feedback, setFeedback, showErrors };
}
