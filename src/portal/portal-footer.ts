import { escapeHtml } from '../messages/message-renderer';
import type { PortalLink } from './portal-links.service';

/** The link's place in the stored copy of a message: the token is a credential and never lands in the database. */
export const STORED_PORTAL_LINK = "[lien personnel vers l'espace client]";

export interface PortalFooter {
  text: string;
  html: string;
  storedText: string;
}

/** The lines every customer email ends with: its personal portal link and how long it stays valid. */
export function portalFooter(link: PortalLink, timezone: string): PortalFooter {
  const until = link.expiresAt.toLocaleDateString('fr-FR', { timeZone: timezone });
  const line = (url: string) =>
    `Votre espace client (factures, paiement, contestation) : ${url}\nCe lien personnel est valable jusqu'au ${until}.`;
  return {
    text: line(link.url),
    storedText: line(STORED_PORTAL_LINK),
    html: `<p>Votre espace client (factures, paiement, contestation) : <a href="${escapeHtml(link.url)}">accéder à mon espace</a><br>\nCe lien personnel est valable jusqu'au ${until}.</p>`,
  };
}
