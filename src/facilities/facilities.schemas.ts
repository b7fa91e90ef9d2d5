import { z } from 'zod';
import { id, isoDate, listQuery, timezone, oneLine } from '../http/schemas.js';
import { clockEnd, clockTime, minutes, minutesOf, weekday } from '../scheduling/schemas.js';

export const operatingHours = z
  .object({ weekday, open: clockTime, close: clockEnd })
  .strict()
  .refine((h) => minutesOf(h.close) > minutesOf(h.open), { message: 'close must be after open', path: ['close'] });

export const closure = z.object({ date: isoDate, reason: oneLine().max(500).nullable().default(null) }).strict();

const fields = {
  name: oneLine().min(1, 'is required').max(200),
  address: z.array(oneLine().max(200)).max(10).default([]),
  timezone,
  operating_hours: z.array(operatingHours).max(70).default([]),
  closures: z.array(closure).max(1000).default([]),
  appointment_minutes: minutes(1440).nullable().default(null),
  align_minutes: minutes(1440).nullable().default(null),
  /** One room: the facility never holds two overlapping appointments (enforced by the database). */
  single_occupancy: z.boolean().default(false),
};

export const facilityCreate = z.object(fields).strict();
export const facilityUpdate = z
  .object({
    name: fields.name,
    address: z.array(oneLine().max(200)).max(10),
    timezone,
    operating_hours: z.array(operatingHours).max(70),
    closures: z.array(closure).max(1000),
    appointment_minutes: minutes(1440).nullable(),
    align_minutes: minutes(1440).nullable(),
    single_occupancy: z.boolean(),
    active: z.boolean(),
  })
  .partial()
  .strict();

export const facilityOut = z.object({
  id,
  name: z.string(),
  address: z.array(z.string()),
  timezone: z.string(),
  operating_hours: z.array(z.object({ weekday, open: z.string(), close: z.string() })),
  closures: z.array(z.object({ date: z.string(), reason: z.string().nullable() })),
  appointment_minutes: z.number().int().nullable(),
  align_minutes: z.number().int().nullable(),
  single_occupancy: z.boolean(),
  active: z.boolean(),
  created_at: z.string(),
  updated_at: z.string(),
}).meta({ id: 'Facility' });

export const facilityListQuery = z.object({
  ...listQuery,
  search: z.string().trim().max(200).optional(),
  active: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});

export type FacilityCreate = z.infer<typeof facilityCreate>;
export type FacilityUpdate = z.infer<typeof facilityUpdate>;
export type FacilityListQuery = z.infer<typeof facilityListQuery>;
