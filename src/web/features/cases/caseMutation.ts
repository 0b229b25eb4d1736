import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../../shared/schemas/problem.js';
import { ApiError } from '../../lib/api.js';
import { type AdminMutationOptions, useAdminMutation } from '../admin/useAdminMutation.js';
import type { ServerFinding } from '../privacy/PersonalDataTextArea.js';

/** A save refused because someone else saved first (409): what they changed since. */
export type VersionConflict = Pick<Problem, 'currentVersion' | 'changedSince'>;

const versionConflict = (error: unknown): VersionConflict | undefined =>
  error instanceof ApiError && error.problem?.currentVersion !== undefined
    ? {
        currentVersion: error.problem.currentVersion,
        changedSince: error.problem.changedSince ?? [],
      }
    : undefined;

/**
 * A change of a case or one of its actions: the managers' mutation (outcome, errors beside the
 * fields), plus what a case form must show itself — a save after someone else's (409 with the
 * current version) as "someone else saved", with what they changed; any other 409 (the case was
 * closed meanwhile) as a refusal; and the personal data the server found in a text, to mark it.
 * Both are read from the mutation's last error, so they go when the next save starts.
 */
export function useCaseMutation<TData, TVariables>(
  options: AdminMutationOptions<TData, TVariables>,
) {
  const { t } = useTranslation();
  const mutation = useAdminMutation<TData, TVariables>({
    conflict: { message: t('cases.conflict.closed') },
    ...options,
    intercept: (error) =>
      versionConflict(error) !== undefined || (options.intercept?.(error) ?? false),
  });
  const { error } = mutation;
  // One object per error, so the alert takes the focus once per refusal.
  const conflict = useMemo(() => versionConflict(error), [error]);
  return {
    ...mutation,
    conflict,
    clearConflict: mutation.reset,
    /** Where the server found personal data in the text it got as `path` (422). */
    findingsIn: (path: string): ServerFinding[] | undefined =>
      error instanceof ApiError && error.status === 422
        ? error.errors.find((found) => found.path === path && found.code === 'personal-data')
            ?.findings
        : undefined,
  };
}
