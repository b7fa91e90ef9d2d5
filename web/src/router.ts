import { useEffect, useState } from 'react';

/** The current path, following pushState navigation and the back button. */
export function usePath(): string {
  const [path, setPath] = useState(window.location.pathname);
  useEffect(() => {
    const update = () => setPath(window.location.pathname);
    window.addEventListener('popstate', update);
    window.addEventListener('carebook:navigate', update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener('carebook:navigate', update);
    };
  }, []);
  return path;
}

export function navigate(path: string): void {
  if (window.location.pathname + window.location.search === path) return;
  window.history.pushState(null, '', path);
  window.dispatchEvent(new Event('carebook:navigate'));
}
