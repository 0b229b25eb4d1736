import { Alert, Paragraph } from '@amsterdam/design-system-react';
import { useFocusOnChange } from '../auth/useFocusOnChange.js';

/** What came of an action: said once, and focused, so a screen reader hears it at once. */
export interface Outcome {
  ok: boolean;
  heading: string;
  body?: string | undefined;
  /** When it happened: a new outcome takes the focus even when it says the same. */
  at: number;
}

export const outcome = (ok: boolean, heading: string, body?: string): Outcome => ({
  ok,
  heading,
  body,
  at: Date.now(),
});

export function OutcomeAlert({
  value,
  headingLevel,
}: {
  value: Outcome | undefined;
  headingLevel: 2 | 3 | 4;
}) {
  const ref = useFocusOnChange<HTMLDivElement>(value?.at);
  if (!value) return null;
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      heading={value.heading}
      headingLevel={headingLevel}
      severity={value.ok ? 'success' : 'error'}
    >
      {value.body && <Paragraph>{value.body}</Paragraph>}
    </Alert>
  );
}
