import { useEffect } from 'react';
import { useViewStore } from './view-store';

/** Keep the view store in step with the address bar when the user moves Back or Forward. */
export function useUrlSync(): void {
  const readFromLocation = useViewStore((store) => store.readFromLocation);
  useEffect(() => {
    // The first view was read before the app rendered (main.tsx); from here on, Back and Forward.
    const onPopState = () => readFromLocation(true);
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [readFromLocation]);
}
