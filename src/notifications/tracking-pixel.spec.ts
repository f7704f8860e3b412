import { TRANSPARENT_GIF, trackingPixelUrl, withTrackingPixel } from './tracking-pixel';

describe('tracking pixel', () => {
  it('is a GIF', () => {
    expect(TRANSPARENT_GIF.subarray(0, 6).toString('ascii')).toBe('GIF89a');
  });

  it('points at /t/<message id>.gif under the public URL', () => {
    expect(trackingPixelUrl('https://factu.example.fr/', 'abc-123')).toBe('https://factu.example.fr/t/abc-123.gif');
  });

  it('goes just before </body>, or at the end', () => {
    const url = 'http://x/t/1.gif';
    expect(withTrackingPixel('<html><body><p>Bonjour</p></BODY></html>', url)).toMatch(
      /<p>Bonjour<\/p><img src="http:\/\/x\/t\/1.gif"[^>]*\/><\/BODY><\/html>$/,
    );
    expect(withTrackingPixel('<p>Bonjour</p>', url)).toMatch(/^<p>Bonjour<\/p><img src="http:\/\/x\/t\/1.gif"/);
  });
});
