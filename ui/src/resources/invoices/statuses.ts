export const STATUS_CHOICES = [
  { id: 'DRAFT', name: 'Brouillon' },
  { id: 'AWAITING_APPROVAL', name: 'En attente de validation' },
  { id: 'REJECTED', name: 'Rejetée' },
  { id: 'ISSUED', name: 'En attente non envoyée' },
  { id: 'SENT', name: 'En attente envoyée' },
  { id: 'LATE', name: 'En retard' },
  { id: 'PARTIALLY_PAID', name: 'Partiellement payée' },
  { id: 'PAID', name: 'Payée' },
  { id: 'CREDITED', name: 'Avoir' },
  { id: 'PARTIALLY_CREDITED', name: 'Avoir partiel' },
];

export const VAT_CHOICES = [
  { id: 20, name: '20 %' },
  { id: 10, name: '10 %' },
  { id: 5.5, name: '5,5 %' },
  { id: 2.1, name: '2,1 %' },
  { id: 0, name: '0 %' },
];

/** EN 16931 VAT category of a 0 % line (a positive rate is always standard). */
export const VAT_CATEGORY_CHOICES = [
  { id: 'Z', name: 'Taux zéro' },
  { id: 'E', name: 'Exonérée' },
  { id: 'AE', name: 'Autoliquidation' },
];

/** Exemption reasons (VATEX codes) the API knows how to print. */
export const VAT_EXEMPTION_CHOICES = [
  { id: 'VATEX-FR-FRANCHISE', name: 'Franchise en base (art. 293 B)' },
  { id: 'VATEX-FR-CGI261-4', name: 'Exonération art. 261-4 (enseignement, santé…)' },
  { id: 'VATEX-FR-CGI261C-1', name: 'Exonération art. 261 C (opérations financières)' },
  { id: 'VATEX-EU-132', name: "Exonération d'intérêt général (art. 261)" },
  { id: 'VATEX-EU-AE', name: 'Autoliquidation' },
  { id: 'VATEX-FR-AE', name: 'Autoliquidation (art. 283)' },
];

export const CATEGORY_CHOICES = [
  { id: 'SERVICES', name: 'Prestations de services' },
  { id: 'GOODS', name: 'Livraison de biens' },
  { id: 'MIXED', name: 'Mixte (biens et services)' },
];
