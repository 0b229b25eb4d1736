import { Fragment } from 'react';

/**
 * An e-mail address that may wrap at its `@` and dots in a narrow column, never in the middle
 * of a word ("kiki@demo.schakel.example" → "kiki" "@demo" ".schakel" ".example").
 */
export function EmailText({ address }: { address: string }) {
  const parts = address.split(/(?=[@.])/);
  return (
    <>
      {parts.map((part, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one address never move
        <Fragment key={index}>
          {index > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </>
  );
}
