import { amount, ddmmyyyy, lineAmount, direction, type JournalLayout } from './journal-layout';

/** Cegid (Expert, Loop) journal import: one amount with its direction (D/C), the auxiliary account apart. */
export const cegidLayout: JournalLayout = {
  code: 'cegid',
  label: 'Cegid',
  delimiter: ';',
  columns: [
    { header: 'Journal', value: (l) => l.journalCode },
    { header: 'Date', value: (l) => ddmmyyyy(l.ecritureDate) },
    { header: 'Numero', value: (l) => String(l.ecritureNum) },
    { header: 'General', value: (l) => l.compteNum },
    { header: 'Auxiliaire', value: (l) => l.compAuxNum },
    { header: 'Reference', value: (l) => l.pieceRef },
    { header: 'Libelle', value: (l) => l.ecritureLib },
    { header: 'Sens', value: direction },
    { header: 'Montant', value: (l) => amount(lineAmount(l), ',') },
    { header: 'Lettrage', value: (l) => l.ecritureLet },
  ],
};
