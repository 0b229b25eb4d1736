import { Button, Paragraph } from '@amsterdam/design-system-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { escapeTwiceWithinMs, leaveQuickly } from './quickExit.js';

/**
 * "Leave this page quickly": a bar that stays at the top of the window while the page scrolls,
 * the first thing in the tab order after the skip link. Escape pressed twice quickly, anywhere
 * on the page, does the same.
 */
export function QuickExit() {
  const { t } = useTranslation();

  useEffect(() => {
    let lastEscape = Number.NEGATIVE_INFINITY;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      if (event.timeStamp - lastEscape <= escapeTwiceWithinMs) leaveQuickly();
      else lastEscape = event.timeStamp;
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <aside className="schakel-quick-exit" aria-label={t('publicDirectory.quickExit.label')}>
      <Paragraph size="small" className="schakel-quick-exit__hint">
        {t('publicDirectory.quickExit.hint')}
      </Paragraph>
      <Button variant="primary" onClick={leaveQuickly}>
        {t('publicDirectory.quickExit.button')}
      </Button>
    </aside>
  );
}
