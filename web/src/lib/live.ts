import { useEffect, useRef } from 'react';
import { api, must } from '../api/client';

/**
 * Calls `onChange` when the caller's notification stream reports something (a booking, move or
 * cancellation), and every `pollMs` as well: staff have no feed of their own, so the calendar also
 * refreshes on a timer and whenever the tab comes back into view.
 */
export function useLiveUpdates(onChange: () => void, pollMs = 20_000): void {
  const latest = useRef(onChange);
  latest.current = onChange;
  useEffect(() => {
    let source: EventSource | null = null;
    let stopped = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const open = async () => {
      try {
        const { ticket } = await must(api.POST('/api/v1/notifications/stream-tickets'));
        if (stopped) return;
        source = new EventSource(`/api/v1/notifications/stream?ticket=${encodeURIComponent(ticket)}`);
        source.addEventListener('notification', () => latest.current());
        source.onerror = () => {
          // A ticket opens the stream once: ask for a new one before reconnecting.
          source?.close();
          if (!stopped) retry = setTimeout(open, 5000);
        };
      } catch {
        if (!stopped) retry = setTimeout(open, 10_000);
      }
    };
    void open();
    const timer = setInterval(() => latest.current(), pollMs);
    const visible = () => document.visibilityState === 'visible' && latest.current();
    document.addEventListener('visibilitychange', visible);
    return () => {
      stopped = true;
      source?.close();
      clearTimeout(retry);
      clearInterval(timer);
      document.removeEventListener('visibilitychange', visible);
    };
  }, [pollMs]);
}
