import { useEffect, useState } from 'react';

/** WCAG 1.4.13: content shown on hover can be dismissed with Escape without moving the pointer. */
export function useEscapeToDismiss() {
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setDismissed(true);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return { dismissed, reset: () => setDismissed(false) };
}
