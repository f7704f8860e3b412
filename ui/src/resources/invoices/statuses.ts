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

export const CATEGORY_CHOICES = [
  { id: 'SERVICES', name: 'Prestations de services' },
  { id: 'GOODS', name: 'Livraison de biens' },
  { id: 'MIXED', name: 'Mixte (biens et services)' },
];
