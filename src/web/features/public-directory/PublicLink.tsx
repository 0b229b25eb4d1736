import { type AnchorHTMLAttributes, forwardRef } from 'react';
import { Link } from 'react-router';

/**
 * A link between the public pages, for Amsterdam Design System links (`linkComponent`). It
 * replaces the current history entry instead of adding one: however far a resident clicks, the
 * public page takes at most one place in the browser's history, which the quick exit replaces.
 */
export const PublicLink = forwardRef<HTMLAnchorElement, AnchorHTMLAttributes<HTMLAnchorElement>>(
  ({ href = '/', ...rest }, ref) => <Link ref={ref} to={href} replace {...rest} />,
);
PublicLink.displayName = 'PublicLink';
