/** The server's CapabilityStatement (GET /fhir/R4/metadata): what the facade reads, searches and does. */
export function capabilityStatement(base: string, now: string) {
  const search = (name: string, type: string, documentation: string) => ({ name, type, documentation });
  const paging = [search('_count', 'number', 'Page size (default 50, at most 200)'), search('_offset', 'number', 'Where the page starts (the Bundle links carry it)')];
  const resource = (type: string, params: ReturnType<typeof search>[], extra: Record<string, unknown> = {}) => ({
    type,
    interaction: [{ code: 'read' }, { code: 'search-type' }],
    searchParam: [...params, ...paging],
    ...extra,
  });
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: now,
    kind: 'instance',
    software: { name: 'Carebook', version: '0.1.0' },
    implementation: { description: 'Carebook FHIR R4 facade', url: base },
    fhirVersion: '4.0.1',
    format: ['json'],
    rest: [
      {
        mode: 'server',
        documentation: 'Read-only views of Carebook records, plus the IHE Scheduling operations on Appointment. Callers see what the REST API shows them.',
        security: {
          description: 'Send a Carebook access token (POST /api/v1/auth/token) as Authorization: Bearer <token>.',
        },
        resource: [
          resource('Practitioner', [search('_id', 'token', 'Provider id'), search('name', 'string', 'Part of the name'), search('active', 'token', 'true or false')]),
          resource('Patient', [search('_id', 'token', 'Patient id'), search('name', 'string', 'Part of the name or email'), search('active', 'token', 'true or false')]),
          resource('Location', [search('name', 'string', 'Part of the name'), search('status', 'token', 'active or inactive')]),
          resource('Schedule', [search('actor', 'reference', 'Practitioner/ID or Location/ID')]),
          resource('Slot', [
            search('schedule', 'reference', 'Schedule/ID (required)'),
            search('start', 'date', 'Both ends required (ge…, le…), at most 62 days; `date` is accepted too'),
            search('status', 'token', 'free or busy (both by default)'),
          ]),
          resource(
            'Appointment',
            [
              search('date', 'date', 'The start: eq, ge, gt, le, lt prefixes; dates without a zone are read in UTC'),
              search('actor', 'reference', 'Practitioner/ID, Patient/ID or Location/ID'),
              search('practitioner', 'reference', 'Practitioner/ID or ID'),
              search('patient', 'reference', 'Patient/ID or ID'),
              search('location', 'reference', 'Location/ID or ID'),
              search('status', 'token', 'proposed, pending, booked, arrived, fulfilled, cancelled, noshow…'),
            ],
            {
              operation: [
                { name: 'find', definition: 'https://profiles.ihe.net/ITI/Scheduling/OperationDefinition/appointment-find' },
                { name: 'hold', definition: 'https://profiles.ihe.net/ITI/Scheduling/OperationDefinition/appointment-hold' },
                { name: 'book', definition: 'https://profiles.ihe.net/ITI/Scheduling/OperationDefinition/appointment-book' },
              ],
            },
          ),
        ],
      },
    ],
  };
}
