import { portalLinkId, portalSigningKey, signPortalLink, verifiedPortalLinkId } from './portal-token';

describe('portal tokens', () => {
  const key = portalSigningKey('a-server-secret-of-32-characters!');

  it('gives the same link for the same seed and another for another seed', () => {
    expect(portalLinkId('invoice-1:D+3:0')).toBe(portalLinkId('invoice-1:D+3:0'));
    expect(portalLinkId('invoice-1:D+3:0')).not.toBe(portalLinkId('invoice-1:D+7:0'));
  });

  it('verifies its own signature and nothing else', () => {
    const id = portalLinkId('seed');
    const token = signPortalLink(key, id);
    expect(verifiedPortalLinkId(key, token)).toBe(id);
    expect(verifiedPortalLinkId(portalSigningKey('another-secret-of-32-characters!!'), token)).toBeUndefined();
    expect(verifiedPortalLinkId(key, `${portalLinkId('other')}.${token.split('.')[1]}`)).toBeUndefined();
    expect(verifiedPortalLinkId(key, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl')).toBeUndefined();
    expect(verifiedPortalLinkId(key, '')).toBeUndefined();
  });
});
