import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../../shared/schemas/problem.js';
import { ApiError } from '../../lib/api.js';
import { type AdminMutationOptions, useAdminMutation } from '../admin/useAdminMutation.js';
import type { ServerFinding } from '../privacy/PersonalDataTextArea.js';

/** A save refused because someone else saved first (409): what they changed since. */
export type VersionConflict = Pick<Problem, 'currentVersion' | 'changedSince'>;

/**
 * A change of a case or one of its actions: the managers' mutation (outcome, errors beside the
 * fields), plus what a case form must show itself — a save after someone else's (409 with the
 * current version) as "someone else saved", with what they changed; any other 409 (the case was
 * closed meanwhile) as a refusal; and the personal data the server found in a text, to mark it.
 */
export function useCaseMutation<TData, TVariables>(
  options: AdminMutationOptions<TData, TVariables>,
) {
  const { t } = useTranslation();
  const [conflict, setConflict] = useState<VersionConflict>();
  const [refused, setRefused] = useState<ApiError>();
  const mutation = useAdminMutation<TData, TVariables>({
    conflict: { message: t('cases.conflict.closed') },
    ...options,
    onMutate: () => {
      setConflict(undefined);
      setRefused(undefined);
      options.onMutate?.();
    },
    intercept: (error) => {
      if (error instanceof ApiError) setRefused(error);
      const problem = error instanceof ApiError ? error.problem : undefined;
      if (problem?.currentVersion !== undefined) {
        setConflict({
          currentVersion: problem.currentVersion,
          changedSince: problem.changedSince ?? [],
        });
        return true;
      }
      return options.intercept?.(error) ?? false;
    },
  });
  return {
    ...mutation,
    conflict,
    clearConflict: () => setConflict(undefined),
    /** Where the server found personal data in the text it got as `path` (422). */
    findingsIn: (path: string): ServerFinding[] | undefined =>
      refused?.status === 422
        ? refused.errors.find((error) => error.path === path && error.code === 'personal-data')
            ?.findings
        : undefined,
  };
}
