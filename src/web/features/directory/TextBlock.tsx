import { Paragraph } from '@amsterdam/design-system-react';

/**
 * A text as its organisation wrote it: a paragraph per blank-line-separated part, with its
 * single line breaks kept.
 */
export function TextBlock({ text, size }: { text: string; size?: 'small' | 'large' }) {
  const parts = text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean);
  return (
    <>
      {parts.map((part, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text never move
        <Paragraph key={index} size={size} className="schakel-directory-text">
          {part}
        </Paragraph>
      ))}
    </>
  );
}
