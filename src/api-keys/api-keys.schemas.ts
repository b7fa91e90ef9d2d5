import { z } from 'zod';
import { id, instant, listQuery, oneLine } from '../http/schemas.js';
import { SCOPES } from './scopes.js';

export const scope = z.enum(SCOPES);

export const apiKeyCreate = z
  .object({
    name: oneLine().min(1, 'is required').max(200),
    scopes: z.array(scope).min(1, 'must name at least one scope').max(SCOPES.length),
    /** After it, the key is refused; leave out for a key that lasts until revoked. */
    expires_at: instant.nullable().optional(),
  })
  .strict();

export const apiKeyOut = z.object({
  id,
  name: z.string(),
  /** The key's first characters, to tell keys apart (the key itself is never shown again). */
  prefix: z.string(),
  scopes: z.array(z.string()),
  expires_at: z.string().nullable(),
  revoked_at: z.string().nullable(),
  last_used_at: z.string().nullable().describe('The last call made with the key (recorded at most once a minute)'),
  created_by: id,
  created_at: z.string(),
});

export const apiKeyCreatedOut = apiKeyOut.extend({
  /** The secret, `cb_…`: shown in this answer only, stored hashed. Send it as `X-API-Key` or `Authorization: Bearer`. */
  key: z.string(),
});

export const apiKeyListQuery = z.object(listQuery);

export type ApiKeyCreate = z.infer<typeof apiKeyCreate>;
