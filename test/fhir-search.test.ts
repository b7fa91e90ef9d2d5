import { describe, expect, it } from 'vitest';
import { ALL_STATUSES } from '../src/kernel/statuses.js';
import { parseSlotId, slotId } from '../src/fhir/resources.js';
import { actorIds, dateRange, referenceIds } from '../src/fhir/search.js';
import { carebookStatusesOf, FHIR_STATUS, FHIR_STATUSES } from '../src/fhir/status.js';

/** The facade's pure parts: FHIR date prefixes, references, slot ids and the status table. */
const at = (text: string) => Date.parse(text);

describe('FHIR date search values', () => {
  it.each([
    ['2030-03-05', { from: at('2030-03-05T00:00:00Z'), to: at('2030-03-06T00:00:00Z') }],
    ['eq2030-03', { from: at('2030-03-01T00:00:00Z'), to: at('2030-04-01T00:00:00Z') }],
    ['ge2030', { from: at('2030-01-01T00:00:00Z') }],
    ['gt2030-03-05', { from: at('2030-03-06T00:00:00Z') }],
    ['le2030-03-05', { to: at('2030-03-06T00:00:00Z') }],
    ['lt2030-03-05', { to: at('2030-03-05T00:00:00Z') }],
    ['ge2030-03-05T10:00:00+01:00', { from: at('2030-03-05T09:00:00Z') }],
    ['le2030-03-05T10:00', { to: at('2030-03-05T10:01:00Z') }],
  ])('%s', (value, range) => {
    expect(dateRange('date', value)).toEqual(range);
  });

  it('ANDs several values into one range', () => {
    expect(dateRange('date', ['ge2030-03-05', 'le2030-03-06'])).toEqual({ from: at('2030-03-05T00:00:00Z'), to: at('2030-03-07T00:00:00Z') });
  });

  it.each(['tomorrow', '2030-02-30', '2030-13', 'ne2030-03-05', 'ap2030-03-05', '1800-01-01', '2030-03-05T25:00:00Z'])('refuses %s (400)', (value) => {
    expect(() => dateRange('date', value)).toThrow(expect.objectContaining({ status: 400, code: 'invalid_search' }));
  });
});

describe('FHIR references', () => {
  const id = '0b6f7c8e-3f0a-4c55-9d7e-5a1e2b3c4d5e';
  it('reads typed, bare and absolute references, and skips other types', () => {
    expect(referenceIds('patient', `Patient/${id}`, 'Patient', true)).toEqual([id]);
    expect(referenceIds('patient', id.toUpperCase(), 'Patient', true)).toEqual([id]);
    expect(referenceIds('patient', `https://ehr.example.org/fhir/Patient/${id}`, 'Patient', true)).toEqual([id]);
    expect(referenceIds('subject', `Group/${id}`, 'Patient', true)).toEqual([]);
    expect(() => referenceIds('patient', 'Patient/42', 'Patient', true)).toThrow(expect.objectContaining({ status: 400 }));
  });

  it('groups actor references by type and refuses unknown types', () => {
    expect(actorIds('actor', [`Patient/${id}`, `Location/${id}`], ['Practitioner', 'Patient', 'Location'])).toEqual({ Practitioner: [], Patient: [id], Location: [id] });
    expect(() => actorIds('actor', id, ['Practitioner'])).toThrow(expect.objectContaining({ status: 400 }));
  });
});

describe('slot ids', () => {
  it('round-trip provider, start and length within the 64 characters FHIR allows', () => {
    const slot = { providerId: '0b6f7c8e-3f0a-4c55-9d7e-5a1e2b3c4d5e', start: at('2030-03-05T09:30:00Z'), end: at('2030-03-05T10:15:00Z') };
    const text = slotId(slot);
    expect(text).toMatch(/^[A-Za-z0-9\-.]{1,64}$/);
    expect(parseSlotId(text)).toEqual(slot);
    expect(parseSlotId(`${slot.providerId}.zzzzzzzzzz.1`)).toBeUndefined();
    expect(parseSlotId('nope')).toBeUndefined();
  });
});

describe('the status table', () => {
  it('maps every Carebook status to a FHIR one', () => {
    for (const status of ALL_STATUSES) expect(FHIR_STATUSES).toContain(FHIR_STATUS[status]);
  });

  it.each([
    ['pending_payment', 'pending'],
    ['scheduled', 'booked'],
    ['overdue', 'booked'],
    ['in_progress', 'arrived'],
    ['completed', 'fulfilled'],
    ['no_show', 'noshow'],
    ['user_canceled', 'cancelled'],
    ['provider_canceled', 'cancelled'],
    ['expired', 'cancelled'],
  ] as const)('%s → %s', (carebook, fhir) => {
    expect(FHIR_STATUS[carebook]).toBe(fhir);
    expect(carebookStatusesOf(fhir)).toContain(carebook);
  });

  it('proposed matches only a waitlist offer not yet taken', () => {
    expect(carebookStatusesOf('proposed')).toEqual(['offered']);
  });
});
