import { amount, ddmmyy, lineAmount, direction, type JournalLayout } from './journal-layout';

/** EBP Comptabilité ASCII import: comma, decimal point; a customer line is posted to the customer's own account. */
export const ebpLayout: JournalLayout = {
  code: 'ebp',
  label: 'EBP',
  delimiter: ',',
  columns: [
    { header: 'N° mouvement', value: (l) => String(l.ecritureNum) },
    { header: 'Date', value: (l) => ddmmyy(l.ecritureDate) },
    { header: 'Journal', value: (l) => l.journalCode },
    { header: 'Compte', value: (l) => l.compAuxNum || l.compteNum },
    { header: 'Libellé', value: (l) => l.ecritureLib },
    { header: 'Pièce', value: (l) => l.pieceRef },
    { header: 'Montant', value: (l) => amount(lineAmount(l), '.') },
    { header: 'Sens', value: direction },
    { header: 'Lettrage', value: (l) => l.ecritureLet },
  ],
};
