/** Types of scripts/openapi-types.mjs, for the TypeScript that imports it (the SDK drift test). */
export function openapiTypes(document: unknown): Promise<string>;
export function servedDocument(): Promise<unknown>;
