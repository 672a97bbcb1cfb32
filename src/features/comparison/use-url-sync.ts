import { useEffect } from 'react';
import { useViewStore } from './view-store';

/** Keep the view store and the address bar in step, both ways. */
export function useUrlSync(): void {
  const readFromLocation = useViewStore((store) => store.readFromLocation);
  useEffect(() => {
    readFromLocation();
    window.addEventListener('popstate', readFromLocation);
    return () => window.removeEventListener('popstate', readFromLocation);
  }, [readFromLocation]);
}
