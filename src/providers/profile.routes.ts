import multipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { callerOf } from '../http/auth.js';
import { AppError } from '../http/errors.js';
import { idParams, pathId } from '../http/schemas.js';
import type { App, Auth } from '../http/types.js';
import { bankDetailsOut } from './profile.schemas.js';
import * as service from './profile.service.js';

const bearer = [{ bearerAuth: [] }];

/** Multipart's own errors as problems a client can act on. */
function uploadProblem(error: unknown): unknown {
  switch ((error as { code?: string }).code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return new AppError(413, 'file_too_large', `The picture is larger than ${service.PICTURE_MAX_BYTES / 1024 / 1024} MB`);
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return new AppError(422, 'one_file_only', 'Send exactly one part: the file, in a field named `file`');
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new AppError(415, 'unsupported_media_type', 'Send the picture as multipart/form-data with one file field named `file`');
    default:
      return error;
  }
}

export function registerProviderProfileRoutes(app: App, ctx: AppContext, auth: Auth) {
  // Multipart only where a picture is uploaded: every other route still takes JSON alone.
  app.register(async (plain) => {
    const scope = plain.withTypeProvider<ZodTypeProvider>();
    await scope.register(multipart, { limits: { fileSize: service.PICTURE_MAX_BYTES, files: 1, fields: 0, parts: 1 } });
    scope.post('/providers/:id/picture', {
      onRequest: auth.require('people:write', 'admin', 'staff', 'provider'),
      schema: {
        tags: ['providers'],
        summary: "Upload the practitioner's picture (the practitioner, staff or admins)",
        description:
          'multipart/form-data with one file field named `file`: a JPEG, PNG or WebP of at most 2 MB, recognised by its bytes (not its name). ' +
          'It is re-encoded (WebP, at most 512×512, metadata removed) and stored in the database; the answer gives its URL.',
        security: bearer,
        params: idParams,
        consumes: ['multipart/form-data'],
        response: { 200: z.object({ picture: z.string() }) },
      },
      handler: async (request) => {
        const providerId = pathId(request.params.id, 'Provider');
        let upload: Buffer;
        try {
          const file = await request.file();
          if (!file || file.fieldname !== 'file') throw new AppError(422, 'file_required', 'Send the picture in a file field named `file`');
          upload = await file.toBuffer();
        } catch (error) {
          throw uploadProblem(error);
        }
        const { etag } = await service.setPicture(ctx, callerOf(request), providerId, upload);
        return { picture: service.pictureUrl('/api/v1', providerId, etag)! };
      },
    });
  });

  app.get('/providers/:id/picture', {
    schema: {
      tags: ['providers'],
      summary: "An active practitioner's picture (public, for <img>)",
      description:
        'Served as image/webp. With `?v=` equal to the current version (as in the profile\'s `picture` URL) it is cacheable for a year (immutable); ' +
        'otherwise it is revalidated with its ETag.',
      params: idParams,
      querystring: z.object({ v: z.string().max(64).optional() }),
    },
    handler: async (request, reply) => {
      const picture = await service.getPicture(ctx, pathId(request.params.id, 'Provider'));
      const etag = `"${picture.etag}"`;
      reply
        .header('etag', etag)
        .header('cache-control', request.query.v === picture.etag ? 'public, max-age=31536000, immutable' : 'public, no-cache')
        .header('x-content-type-options', 'nosniff');
      if (request.headers['if-none-match'] === etag) return reply.code(304).send();
      return reply.type(picture.type).send(picture.bytes);
    },
  });

  app.delete('/providers/:id/picture', {
    onRequest: auth.require('people:write', 'admin', 'staff', 'provider'),
    schema: { tags: ['providers'], summary: "Remove the practitioner's picture", security: bearer, params: idParams, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await service.deletePicture(ctx, callerOf(request), pathId(request.params.id, 'Provider'));
      return reply.code(204).send(null);
    },
  });

  app.post('/providers/:id/bank-details/reveal', {
    onRequest: auth.require('admin', 'staff', 'provider'),
    schema: {
      tags: ['providers'],
      summary: 'Reveal bank details in clear (the practitioner themself; recorded in the audit trail)',
      description: 'Everyone else who may see them (admins) gets them masked on the profile. Set them with `bank_details` on PATCH /providers/{id}.',
      security: bearer,
      params: idParams,
      response: { 200: bankDetailsOut },
    },
    handler: async (request) => service.revealBankDetails(ctx, callerOf(request), pathId(request.params.id, 'Provider')),
  });
}
