import { ddmmyy, sideAmount, type JournalLayout } from './journal-layout';

/** Sage 100 Comptabilité, "format paramétrable" import: one column per field, general and third-party accounts apart. */
export const sageLayout: JournalLayout = {
  code: 'sage',
  label: 'Sage 100',
  delimiter: ';',
  columns: [
    { header: 'Code journal', value: (l) => l.journalCode },
    { header: 'Date', value: (l) => ddmmyy(l.ecritureDate) },
    { header: 'N° pièce', value: (l) => l.pieceRef },
    { header: 'N° compte général', value: (l) => l.compteNum },
    { header: 'N° compte tiers', value: (l) => l.compAuxNum },
    { header: 'Libellé écriture', value: (l) => l.ecritureLib },
    { header: 'Débit', value: (l) => sideAmount(l.debitCents) },
    { header: 'Crédit', value: (l) => sideAmount(l.creditCents) },
    { header: 'Lettrage', value: (l) => l.ecritureLet },
  ],
};
