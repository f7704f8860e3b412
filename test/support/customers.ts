/** A business customer with a valid French identity (SIREN, SIRET and VAT number agree), as POST /customers takes it. */
export const MENUISERIE_CARON = {
  name: 'Menuiserie Caron',
  legalForm: 'SARL',
  siren: '812345676',
  siret: '81234567600017',
  vatNumber: 'FR19812345676',
  addressLine1: '4 rue des Artisans',
  postalCode: '69003',
  city: 'Lyon',
  billingEmail: 'compta@menuiserie-caron.test',
};
