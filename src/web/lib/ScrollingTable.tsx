import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on a phone rather than squeezing its columns: a region
 * named by the table's caption, which keyboard users can reach and scroll.
 */
export function ScrollingTable({
  captionId,
  children,
}: {
  captionId: string;
  children: ReactNode;
}) {
  return (
    <section
      className="schakel-table-scroll"
      aria-labelledby={captionId}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: keyboard users must reach a scrollable region
      tabIndex={0}
    >
      {children}
    </section>
  );
}
