import { describe, expect, it } from 'vitest';
import { signLink, TOKEN_PATTERN, tokenHash, verifyLink } from './tokens.js';

const keys = { jwtSecret: 'j'.repeat(48), encryptionKey: 'e'.repeat(48) };
const other = { jwtSecret: 'j'.repeat(48), encryptionKey: 'f'.repeat(48) };
const claims = { appointmentId: '0b9f6c1e-2f4a-4c3b-9d8e-7a6b5c4d3e2f', action: 'cancel' as const, version: 7 };

describe('manage link tokens', () => {
  it('round-trips its claims, in 71 URL-safe characters', () => {
    const token = signLink(keys, claims);
    expect(token).toMatch(TOKEN_PATTERN);
    expect(verifyLink(keys, token)).toEqual(claims);
    // Deterministic: the confirmation and the reminder of one version carry the same link.
    expect(signLink(keys, claims)).toBe(token);
  });

  it('differs per action and per version', () => {
    const tokens = new Set([signLink(keys, claims), signLink(keys, { ...claims, action: 'view' }), signLink(keys, { ...claims, action: 'reschedule' }), signLink(keys, { ...claims, version: 8 })]);
    expect(tokens.size).toBe(4);
  });

  it('refuses every changed byte, another key, and anything of another shape', () => {
    const token = signLink(keys, claims);
    const raw = Buffer.from(token, 'base64url');
    for (let i = 0; i < raw.length; i++) {
      const changed = Buffer.from(raw);
      changed[i]! ^= 0x01;
      expect(verifyLink(keys, changed.toString('base64url')), `byte ${i}`).toBeUndefined();
    }
    expect(verifyLink(other, token)).toBeUndefined();
    for (const bad of ['', 'x', token.slice(1), `${token}A`, token.replace(/.$/, '!'), '-'.repeat(71)]) expect(verifyLink(keys, bad)).toBeUndefined();
  });

  it('is stored only as its SHA-256', () => {
    const token = signLink(keys, claims);
    expect(tokenHash(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash(token)).not.toContain(token);
  });
});
