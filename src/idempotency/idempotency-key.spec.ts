import { BadRequestException } from '@nestjs/common';
import { parseIdempotencyKey } from './idempotency-key';
import { fingerprintOf } from './fingerprint';

describe('Idempotency-Key header', () => {
  it('accepts a bare token or a Structured Field string, unescaped', () => {
    expect(parseIdempotencyKey(undefined)).toBeUndefined();
    expect(parseIdempotencyKey('8e03978e-40d5-43e8-bc93-6894a57f9324')).toBe('8e03978e-40d5-43e8-bc93-6894a57f9324');
    expect(parseIdempotencyKey('"8e03978e"')).toBe('8e03978e');
    expect(parseIdempotencyKey('"say \\"hi\\" \\\\o/"')).toBe('say "hi" \\o/');
    expect(parseIdempotencyKey('k'.repeat(255))).toHaveLength(255);
  });

  it.each(['', '""', '"open', '"bad \\n escape"', '"a"b"', 'k'.repeat(256), 'clé', 'tab\there'])(
    'refuses %j with a 400 naming the header',
    (raw) => {
      expect(() => parseIdempotencyKey(raw)).toThrow(BadRequestException);
      expect(() => parseIdempotencyKey(raw)).toThrow(/^Idempotency-Key: /);
    },
  );
});

describe('payload fingerprint', () => {
  it('ignores key order and undefined fields, and tells different payloads apart', () => {
    expect(fingerprintOf({ a: 1, b: { c: [1, 2], d: undefined } })).toBe(fingerprintOf({ b: { c: [1, 2] }, a: 1 }));
    expect(fingerprintOf({ amountCents: 1000 })).not.toBe(fingerprintOf({ amountCents: 2000 }));
    expect(fingerprintOf({ c: [1, 2] })).not.toBe(fingerprintOf({ c: [2, 1] }));
  });
});
