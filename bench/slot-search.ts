import { readdirSync } from 'node:fs';

/**
 * HOOK for the slot-search benchmark, to be written later. run.ts calls `findSlotSearch` and,
 * when src/scheduling/ exports a slot search service, `slotSearchBenchmark` with it.
 */
export interface SlotSearchResult {
  /** False until the benchmark below is written. */
  measured: boolean;
  service: string;
}

const SCHEDULING = new URL('../src/scheduling/', import.meta.url);

/** The first exported function of src/scheduling/*.service.ts whose name speaks of slots (searchSlots, findSlots, ...). */
export async function findSlotSearch(): Promise<{ name: string; fn: (...args: never[]) => unknown } | undefined> {
  let files: string[];
  try {
    files = readdirSync(SCHEDULING).filter((f) => f.endsWith('.service.ts'));
  } catch {
    return undefined; // no src/scheduling yet
  }
  for (const file of files) {
    let module: Record<string, unknown>;
    try {
      module = (await import(new URL(file, SCHEDULING).href)) as Record<string, unknown>;
    } catch {
      continue; // a module that does not load yet offers no service
    }
    for (const [name, value] of Object.entries(module)) {
      if (typeof value === 'function' && /slot/i.test(name)) return { name: `${file}:${name}`, fn: value as (...args: never[]) => unknown };
    }
  }
  return undefined;
}

/** TODO(slot search): seed providers with weekly rules, time off and bookings, then load the slot search route. */
export async function slotSearchBenchmark(service: { name: string }): Promise<SlotSearchResult> {
  return { measured: false, service: service.name };
}
