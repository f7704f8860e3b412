// Formatting of values for message templates, and SMS-friendly text.

/** '2026-05-14' → '14/05/2026'. */
export function formatFrenchDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) {
    throw new RangeError(`Expected a YYYY-MM-DD date, got "${isoDate}"`);
  }
  return `${match[3]}/${match[2]}/${match[1]}`;
}

/** "1 jour", "15 jours" (French: 0 and 1 are singular). */
export function formatDays(days: number): string {
  const count = Math.abs(days);
  return `${count} ${count <= 1 ? 'jour' : 'jours'}`;
}

/** "dans 7 jours", "demain", "aujourd'hui", "échue depuis 2 jours": when the due date is, seen from today. */
export function formatDueIn(daysUntilDue: number): string {
  if (daysUntilDue > 1) {
    return `dans ${daysUntilDue} jours`;
  }
  if (daysUntilDue === 1) {
    return 'demain';
  }
  if (daysUntilDue === 0) {
    return "aujourd'hui";
  }
  return `échue depuis ${formatDays(-daysUntilDue)}`;
}

// GSM 03.38 basic set + extension table: text within it is sent as 160-char segments, anything else as 70-char UCS-2.
const GSM7 = new Set([
  ...'@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡§¿',
  ...'ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜabcdefghijklmnopqrstuvwxyzäöñüà',
  ...'^{}\\[~]|€',
]);

const SMS_REPLACEMENTS: Array<[RegExp, string]> = [
  [/[\u00a0\u202f\u2009]/g, ' '],
  [/[\u2018\u2019]/g, "'"],
  [/[«»\u201c\u201d]/g, '"'],
  [/[\u2013\u2014]/g, '-'],
  [/\u2026/g, '...'],
];

/** Typographic spaces, quotes and dashes replaced by GSM-7 ones (formatEuros gives "1 234,56 €" with narrow spaces). */
export function smsText(text: string): string {
  return SMS_REPLACEMENTS.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text);
}

export function isGsm7(text: string): boolean {
  return [...text].every((char) => GSM7.has(char));
}
