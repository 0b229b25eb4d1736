import { type AnchorHTMLAttributes, forwardRef } from 'react';
import { Link } from 'react-router';

/**
 * Lets Amsterdam Design System links (which take `href`) navigate inside the app
 * without a page load: pass it as their `linkComponent`.
 */
export const RouterLink = forwardRef<HTMLAnchorElement, AnchorHTMLAttributes<HTMLAnchorElement>>(
  ({ href = '/', ...rest }, ref) => <Link ref={ref} to={href} {...rest} />,
);
RouterLink.displayName = 'RouterLink';
