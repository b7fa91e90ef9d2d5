/** How fresh a linked calendar is, as slot search and explain report it: pure, from the source's row. */
export type SourceStatus = 'ok' | 'stale' | 'broken';

export interface SourceRowForHealth {
  id: string;
  provider_id: string;
  name: string;
  state: 'pending' | 'ok' | 'broken';
  last_success_at: Date | null;
  last_error: string | null;
}

export interface SourceHealth {
  id: string;
  provider: string;
  name: string;
  status: SourceStatus;
  last_success_at: string | null;
  error: string | null;
}

/**
 * `broken`: the last fetch failed (its busy time is what the last good fetch gave); `stale`: never
 * fetched yet, or the last good fetch is older than the limit; `ok` otherwise.
 */
export function sourceHealth(row: SourceRowForHealth, now: number, staleMinutes: number): SourceHealth {
  const status: SourceStatus =
    row.state === 'broken' ? 'broken' : !row.last_success_at || now - row.last_success_at.getTime() > staleMinutes * 60_000 ? 'stale' : 'ok';
  return {
    id: row.id,
    provider: row.provider_id,
    name: row.name,
    status,
    last_success_at: row.last_success_at ? row.last_success_at.toISOString() : null,
    error: row.state === 'broken' ? row.last_error : null,
  };
}
