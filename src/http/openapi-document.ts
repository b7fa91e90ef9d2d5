/**
 * What the generated OpenAPI document leaves out and a linter (and a typed client) needs: public
 * operations say so (`security: []`), every operation names its error answers, and each has a
 * stable `operationId` derived from its method and path.
 */
type Operation = Record<string, unknown> & { responses?: Record<string, unknown>; security?: unknown[]; operationId?: string };
type Document = { paths?: Record<string, Record<string, Operation>>; components?: Record<string, Record<string, unknown>>; servers?: unknown[] };

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

/** The RFC 9457 envelope every REST error uses (see src/http/errors.ts). */
const PROBLEM = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail', 'code'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    code: { type: 'string', description: 'Stable snake_case code to switch on' },
    errors: { type: 'array', items: { type: 'object', required: ['field', 'message'], properties: { field: { type: 'string' }, message: { type: 'string' } } } },
  },
  additionalProperties: true,
};

/** `get /api/v1/appointments/{id}/cancel` → `getApiV1AppointmentsByIdCancel`. */
export function operationIdOf(method: string, path: string): string {
  const words = path
    .split('/')
    .filter(Boolean)
    .map((segment) => (segment.startsWith('{') ? `by-${segment.slice(1, -1)}` : segment))
    .flatMap((segment) => segment.split(/[^A-Za-z0-9]+/))
    .filter(Boolean);
  return method + words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}

export function completeDocument<T>(spec: T): T {
  const doc = spec as Document;
  doc.servers ??= [{ url: '/', description: 'This server' }];
  doc.components ??= {};
  doc.components.schemas = { ...doc.components.schemas, Problem: PROBLEM };
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, operation] of Object.entries(item)) {
      if (!METHODS.includes(method)) continue;
      operation.operationId ??= operationIdOf(method, path);
      // Routes without a guard are public: say so, rather than leave the reader to guess.
      operation.security ??= [];
      const responses = (operation.responses ??= {});
      if (!Object.keys(responses).some((status) => status.startsWith('4'))) {
        responses['4XX'] = {
          description: 'The request was refused: RFC 9457 problem details',
          content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
        };
      }
    }
  }
  return spec;
}
