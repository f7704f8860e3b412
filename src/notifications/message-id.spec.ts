import { messageIdFor } from './message-id';

describe('messageIdFor', () => {
  it('derives a stable RFC 5322 Message-ID from the idempotency key', () => {
    expect(messageIdFor('invoice-42:D+3:email')).toMatch(/^<[0-9a-f]{32}@acquitte\.local>$/);
    expect(messageIdFor('invoice-42:D+3:email')).toBe(messageIdFor('invoice-42:D+3:email'));
  });

  it('uses the first 32 hex digits of the key SHA-256', () => {
    // sha256('abc') = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
    expect(messageIdFor('abc')).toBe('<ba7816bf8f01cfea414140de5dae2223@acquitte.local>');
  });

  it('gives different keys different ids', () => {
    expect(messageIdFor('invoice-42:D+3:email')).not.toBe(messageIdFor('invoice-42:D+7:email'));
  });
});
