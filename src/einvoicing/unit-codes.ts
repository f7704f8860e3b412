// The one map from the units people type on a line ("jour", "h", "kg") to UN/ECE Recommendation 20 codes.

/** A line without a unit is counted in units (C62, "one"). */
export const DEFAULT_UNIT_CODE = 'C62';

const UNIT_CODES: Record<string, string> = {
  u: 'C62',
  unite: 'C62',
  unites: 'C62',
  unit: 'C62',
  piece: 'H87',
  pieces: 'H87',
  pce: 'H87',
  pc: 'H87',
  forfait: 'LS',
  forfaits: 'LS',
  lot: 'LS',
  h: 'HUR',
  heure: 'HUR',
  heures: 'HUR',
  min: 'MIN',
  minute: 'MIN',
  minutes: 'MIN',
  j: 'DAY',
  jour: 'DAY',
  jours: 'DAY',
  semaine: 'WEE',
  semaines: 'WEE',
  mois: 'MON',
  an: 'ANN',
  ans: 'ANN',
  annee: 'ANN',
  annees: 'ANN',
  kg: 'KGM',
  g: 'GRM',
  t: 'TNE',
  tonne: 'TNE',
  tonnes: 'TNE',
  l: 'LTR',
  litre: 'LTR',
  litres: 'LTR',
  m: 'MTR',
  metre: 'MTR',
  metres: 'MTR',
  km: 'KMT',
  m2: 'MTK',
  'm²': 'MTK',
  m3: 'MTQ',
  'm³': 'MTQ',
  kwh: 'KWH',
};

/** "Jour", "jours", "JOUR" and "jour " are the same unit; accents do not matter either. */
function normalised(unit: string): string {
  return unit
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\.$/, '');
}

/** The rec. 20 code of a line's unit, or null when the unit is not one we can name. */
export function unitCode(unit: string | null | undefined): string | null {
  if (unit === null || unit === undefined || unit.trim() === '') {
    return DEFAULT_UNIT_CODE;
  }
  const key = normalised(unit);
  return UNIT_CODES[key] ?? UNIT_CODES[unit.trim().toLowerCase()] ?? null;
}

/** The units a line may carry, for error messages and the UI. */
export const KNOWN_UNITS = Object.keys(UNIT_CODES);
