import { Alert, Paragraph } from '@amsterdam/design-system-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.js';
import { QueryState } from '../../lib/QueryState.js';
import { meQueryKey, useMySessions } from '../../lib/queries.js';
import { SessionItem, type SessionSummary } from './SessionItem.js';
import { useFocusOnChange } from './useFocusOnChange.js';

/** This session first, then the most recently active. */
const byRelevance = (a: SessionSummary, b: SessionSummary) =>
  Number(b.current) - Number(a.current) || b.lastSeenAt.localeCompare(a.lastSeenAt);

/** The user's live sessions; any but this one can be ended. */
export function SessionList() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const sessions = useMySessions();
  const [feedback, setFeedback] = useState<{ ok: boolean; at: number }>();
  const feedbackRef = useFocusOnChange<HTMLDivElement>(feedback?.at);

  const end = useMutation({
    mutationFn: api.endSession,
    onSuccess: () => setFeedback({ ok: true, at: Date.now() }),
    onError: () => setFeedback({ ok: false, at: Date.now() }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...meQueryKey, 'sessions'] }),
  });

  return (
    <>
      {feedback && (
        <Alert
          ref={feedbackRef}
          tabIndex={-1}
          heading={feedback.ok ? t('sessions.ended') : t('sessions.endFailed')}
          headingLevel={3}
          severity={feedback.ok ? 'success' : 'error'}
        />
      )}
      <QueryState query={sessions}>
        {(data) => (
          <>
            <ul className="schakel-sessions">
              {[...data.items].sort(byRelevance).map((session) => (
                <SessionItem
                  key={session.id}
                  session={session}
                  ending={end.isPending}
                  onEnd={(id) => end.mutate(id)}
                />
              ))}
            </ul>
            {data.items.every((session) => session.current) && (
              <Paragraph>{t('sessions.noOthers')}</Paragraph>
            )}
          </>
        )}
      </QueryState>
    </>
  );
}
