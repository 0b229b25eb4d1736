import { Alert, Button, Column, Heading, Link, Paragraph } from '@amsterdam/design-system-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { UserDetail } from '../../../../shared/schemas/people.js';
import { api } from '../../../lib/api.js';
import { RouterLink } from '../../../lib/RouterLink.js';
import { authPaths, type SignInState } from '../../auth/authPaths.js';
import { useFocusOnChange } from '../../auth/useFocusOnChange.js';
import { adminApi } from '../adminApi.js';
import { needsFreshSignIn } from '../adminErrors.js';
import { ConfirmableAction } from '../ConfirmableAction.js';
import { OutcomeAlert } from '../OutcomeAlert.js';
import { useAdminMutation } from '../useAdminMutation.js';

type AccountAction = 'deactivate' | 'reactivate' | 'resetSecondFactor' | 'endSessions';

const run: Record<AccountAction, (id: string) => Promise<void>> = {
  deactivate: adminApi.deactivate,
  reactivate: adminApi.reactivate,
  resetSecondFactor: adminApi.resetSecondFactor,
  endSessions: adminApi.endSessions,
};

/**
 * "Toegang": deactivate or reactivate the account, forget its second factors (a lost phone),
 * end all its sessions. Not for the manager's own account: they have Mijn sessies.
 */
export function AccountActions({ user, self }: { user: UserDetail; self: boolean }) {
  const { t } = useTranslation();
  const [freshSignIn, setFreshSignIn] = useState(0);
  const act = useAdminMutation({
    mutationFn: (action: AccountAction) => run[action](user.id),
    onMutate: () => setFreshSignIn(0),
    done: (_, action) => t(`admin.access.${action}Done`),
    failedHeading: (action) => t(`admin.access.${action}Failed`),
    intercept: (error) => {
      if (!needsFreshSignIn(error)) return false;
      setFreshSignIn(Date.now());
      return true;
    },
    refreshOnFailure: true,
  });

  const hasSecondFactor = user.mfa.totp || user.mfa.passkeys > 0;
  return (
    <Column as="section" gap="large" aria-labelledby="access-heading">
      <Column gap="small">
        <Heading level={2} id="access-heading">
          {t('admin.access.heading')}
        </Heading>
        <OutcomeAlert value={act.feedback} headingLevel={3} />
        {freshSignIn > 0 && <SignInAgain at={freshSignIn} />}
      </Column>
      {self ? (
        <Paragraph>
          {t('admin.access.self')}{' '}
          <Link href={authPaths.mySessions} linkComponent={RouterLink}>
            {t('nav.mySessions')}
          </Link>
        </Paragraph>
      ) : (
        <>
          <Column gap="small">
            <Heading level={3}>{t('admin.access.statusHeading')}</Heading>
            {user.status === 'deactivated' ? (
              <>
                <Paragraph>{t('admin.access.reactivateIntro')}</Paragraph>
                <div>
                  <Button
                    variant="secondary"
                    onClick={() => !act.isPending && act.mutate('reactivate')}
                  >
                    {t('admin.access.reactivate')}
                  </Button>
                </div>
              </>
            ) : (
              <>
                <Paragraph>{t('admin.access.deactivateIntro')}</Paragraph>
                <ConfirmableAction
                  label={t('admin.access.deactivate')}
                  question={t('admin.access.deactivateQuestion', { name: user.displayName })}
                  confirmLabel={t('admin.access.deactivateConfirm')}
                  busy={act.isPending}
                  onConfirm={() => act.mutate('deactivate')}
                />
              </>
            )}
          </Column>
          <Column gap="small">
            <Heading level={3}>{t('admin.access.secondFactorHeading')}</Heading>
            {hasSecondFactor ? (
              <>
                <Paragraph>{t('admin.access.resetSecondFactorIntro')}</Paragraph>
                <ConfirmableAction
                  label={t('admin.access.resetSecondFactor')}
                  question={t('admin.access.resetSecondFactorQuestion', {
                    name: user.displayName,
                  })}
                  confirmLabel={t('admin.access.resetSecondFactorConfirm')}
                  busy={act.isPending}
                  onConfirm={() => act.mutate('resetSecondFactor')}
                />
              </>
            ) : (
              <Paragraph>{t('admin.access.noSecondFactor')}</Paragraph>
            )}
          </Column>
          <Column gap="small">
            <Heading level={3}>{t('admin.access.sessionsHeading')}</Heading>
            {user.liveSessions > 0 ? (
              <>
                <Paragraph>{t('admin.access.endSessionsIntro')}</Paragraph>
                <div>
                  <Button
                    variant="secondary"
                    onClick={() => !act.isPending && act.mutate('endSessions')}
                  >
                    {t('admin.access.endSessions')}
                  </Button>
                </div>
              </>
            ) : (
              <Paragraph>{t('admin.access.noSessions')}</Paragraph>
            )}
          </Column>
        </>
      )}
    </Column>
  );
}

/**
 * The server wants a recent sign-in for this change (ASVS: a stolen session alone must not be
 * enough). Signing in again ends this session first, so no old one stays behind.
 */
function SignInAgain({ at }: { at: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const ref = useFocusOnChange<HTMLDivElement>(at);
  const signOut = useMutation({
    mutationFn: () => api.signOut().catch(() => undefined),
    onSettled: async () => {
      const state: SignInState = { notice: 'confirmIdentity' };
      await navigate(authPaths.signIn, { state });
    },
  });
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      heading={t('admin.access.freshSignInHeading')}
      headingLevel={3}
      severity="warning"
    >
      <Paragraph>{t('admin.access.freshSignInBody')}</Paragraph>
      <div>
        <Button onClick={() => !signOut.isPending && signOut.mutate()}>
          {t('admin.access.freshSignIn')}
        </Button>
      </div>
    </Alert>
  );
}
