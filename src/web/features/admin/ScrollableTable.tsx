import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways on a phone rather than squeezing its columns. The region can
 * take the focus, so that keyboard users can scroll it too; it is named by the table's caption.
 */
export function ScrollableTable({
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
