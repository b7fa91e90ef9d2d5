import { setExclusiveFacility } from '../appointments/appointments.repository.js';
import type { Uses } from '../context.js';
import { inTransaction, lockCalendars } from '../db/transaction.js';
import { conflict, notFound } from '../http/errors.js';
import * as repo from './facilities.repository.js';
import type { FacilityUpdate } from './facilities.schemas.js';

/**
 * Updates a facility. Turning single occupancy on or off re-marks the facility's current and future
 * appointments so its exclusion constraint covers exactly them; if two already overlap, it cannot
 * become a single room (409 `facility_overlaps`) and nothing changes.
 */
export async function updateFacility(ctx: Uses<'db' | 'clock'>, facilityId: string, input: FacilityUpdate) {
  try {
    return await inTransaction(ctx.db, async (trx) => {
      await lockCalendars(trx, [`facility:${facilityId}`]);
      const facility = await repo.updateFacility(trx, facilityId, input);
      if (!facility) throw notFound('Facility');
      if (input.single_occupancy !== undefined) {
        await setExclusiveFacility(trx, facilityId, input.single_occupancy, ctx.clock.now());
      }
      return facility;
    });
  } catch (error) {
    if ((error as { code?: string }).code === '23P01') {
      throw conflict('facility_overlaps', 'The facility already has overlapping appointments, so it cannot become a single room');
    }
    throw error;
  }
}
