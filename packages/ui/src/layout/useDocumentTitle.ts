import { useEffect } from 'react';

/** Sets the browser tab's title (WCAG 2.4.2) while the calling page is shown. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);
}
