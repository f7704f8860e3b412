/** A transparent 1×1 GIF: the body of every tracking pixel response. */
export const TRANSPARENT_GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

export function trackingPixelUrl(publicUrl: string, messageId: string): string {
  return `${publicUrl.replace(/\/$/, '')}/t/${encodeURIComponent(messageId)}.gif`;
}

/** Adds the read-receipt pixel at the end of the body (or of the document when there is no body tag). */
export function withTrackingPixel(html: string, pixelUrl: string): string {
  const img = `<img src="${pixelUrl}" width="1" height="1" alt="" style="display:block;border:0" />`;
  const bodyEnd = html.search(/<\/body>/i);
  return bodyEnd === -1 ? `${html}${img}` : `${html.slice(0, bodyEnd)}${img}${html.slice(bodyEnd)}`;
}
