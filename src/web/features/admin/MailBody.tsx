import { Link } from '@amsterdam/design-system-react';
import { Fragment } from 'react';

const urlPattern = /(https?:\/\/[^\s<>"]+)/;

/** A plain-text mail as it was written, with its web addresses as links to follow. */
export function MailBody({ text }: { text: string }) {
  return (
    <pre className="schakel-mail-body">
      {text.split(urlPattern).map((part, index) =>
        // split with a capturing group: the odd parts are the addresses
        index % 2 === 1 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text never move
          <Link key={index} href={part}>
            {part}
          </Link>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text never move
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </pre>
  );
}
