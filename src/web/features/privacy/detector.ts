import { useEffect, useState } from 'react';
import type { Finding } from '../../../shared/privacy/types.js';

export type Detect = (text: string) => Finding[];

let loading: Promise<Detect> | undefined;

/** A fictional text with one of each kind, checked once on arrival: every rule then is ready. */
const warmUp =
  'Moeder Fatima el Amrani (dhr. J. de Vries) woont op Osdorpplein 112-3, 1068 EX sinds ' +
  '3 maart 2016; bel 06-12345678 of +31 20 123 4567, mail f.amrani@example.nl, ' +
  'IBAN NL91 ABNA 0417 1643 00, BSN 111222333, kenteken 12-ABC-3, instagram.com/voorbeeld, @voorbeeld_1.';

/**
 * The detector of the PII guard, fetched once when a text area first needs it: its word lists
 * are large, so they are a chunk of their own rather than part of every page. It checks a
 * sample right away (building its lexicon), so that the first check as the user types is as
 * quick as the others.
 */
export function loadDetector(): Promise<Detect> {
  loading ??= import('../../../shared/privacy/index.js').then(
    ({ detectPersonalData }) => {
      detectPersonalData(warmUp);
      return detectPersonalData;
    },
    (error: unknown) => {
      loading = undefined; // a later text area tries again
      throw error;
    },
  );
  return loading;
}

/** The detector once it has arrived; undefined until then (or if it could not be fetched). */
export function useDetector(): Detect | undefined {
  const [detect, setDetect] = useState<{ run: Detect }>();
  useEffect(() => {
    let current = true;
    loadDetector().then(
      (run) => {
        if (current) setDetect({ run });
      },
      (error: unknown) => console.warn('The PII guard could not be loaded', error),
    );
    return () => {
      current = false;
    };
  }, []);
  return detect?.run;
}
