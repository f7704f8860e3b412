import { conditionalRows, filledBorders, ifBlock } from './blocks';
import { COLORS, CONTENT_WIDTH, cell, cmd, ins, paragraph, row, spacer, table } from './wordml';

// The "mise en demeure de payer": a French business letter sent by LRAR, the last step before court.

const none = { top: null, left: null, bottom: null, right: null };
const rule = { bottom: { color: COLORS.rule, size: 4 } };
const body = (content: string | string[]) => paragraph(content, { style: 'Body' });

function letterHead(): string {
  const leftWidth = 5100;
  const sender = cell(
    [
      paragraph(ins('seller.name'), { style: 'SellerName' }),
      paragraph(ins('seller.address'), { style: 'TableText', after: 2 }),
      paragraph(ins('seller.contactLines'), { style: 'Small' }),
    ],
    { width: leftWidth, borders: none },
  );
  const recipient = cell(
    [
      spacer(40),
      paragraph('Lettre recommandée avec accusé de réception', { style: 'Label', run: { color: COLORS.draft } }),
      paragraph(ins('customer.name', { bold: true, size: 10.5 }), { after: 2 }),
      ...ifBlock('customer.attention', [paragraph(ins('customer.attention'), { run: { size: 10 } })]),
      paragraph(ins('customer.address'), { run: { size: 10 } }),
    ],
    { width: CONTENT_WIDTH - leftWidth, borders: none },
  );
  return table([row([sender, recipient])], {
    widths: [leftWidth, CONTENT_WIDTH - leftWidth],
    cellMargins: { top: 0, bottom: 0, left: 0, right: 0 },
  });
}

function invoicesTable(): string {
  const columns = [
    { title: 'Facture n°', path: 'number', width: 1966 },
    { title: 'Date', path: 'issueDate', width: 1350 },
    { title: 'Échéance', path: 'dueDate', width: 1350 },
    { title: 'Montant TTC', path: 'totalInclTax', width: 1800 },
    { title: 'Reste dû', path: 'balance', width: 1800 },
    { title: 'Retard', path: 'daysLate', width: 1600 },
  ];
  const right = (i: number) => i >= 3;
  const header = row(
    columns.map((c, i) =>
      cell([paragraph(c.title, { style: 'TableHeader', align: right(i) ? 'right' : 'left' })], {
        width: c.width,
        fill: COLORS.accent,
        borders: filledBorders(COLORS.accent),
      }),
    ),
    { header: true },
  );
  const loop = (command: string) =>
    row([cell([paragraph(cmd(command))], { width: CONTENT_WIDTH, span: columns.length })]);
  const line = row(
    columns.map((c, i) =>
      cell([paragraph(ins(`$inv.${c.path}`), { style: right(i) ? 'Amount' : 'TableText' })], {
        width: c.width,
        borders: rule,
      }),
    ),
  );
  return table([header, loop('FOR inv IN notice.invoices'), line, loop('END-FOR inv')], {
    widths: columns.map((c) => c.width),
    cellMargins: { top: 60, bottom: 60, left: 85, right: 85 },
  });
}

function amountsTable(): string {
  const widths = [7366, 2500];
  const amountRow = (label: string[], value: string) =>
    row([
      cell([paragraph(label, { style: 'TableText' })], { width: widths[0], borders: rule, vAlign: 'center' }),
      cell([paragraph(ins(value, { bold: true }), { style: 'Amount' })], {
        width: widths[1],
        borders: rule,
        vAlign: 'center',
      }),
    ]);
  const white = { bold: true, color: COLORS.white, size: 10.5 };
  const total = row([
    cell([paragraph('Total à régler', { style: 'TableText', run: white })], {
      width: widths[0],
      fill: COLORS.accent,
      borders: filledBorders(COLORS.accent),
    }),
    cell([paragraph(ins('notice.total', white), { style: 'Amount' })], {
      width: widths[1],
      fill: COLORS.accent,
      borders: filledBorders(COLORS.accent),
    }),
  ]);
  return table(
    [
      amountRow(['Principal restant dû'], 'notice.balance'),
      amountRow(
        ['Pénalités de retard : ', ins('notice.daysLate'), ' au taux de ', ins('notice.penaltyRate')],
        'notice.interest',
      ),
      ...conditionalRows(
        'notice.hasIndemnity',
        [
          amountRow(
            ['Indemnité forfaitaire pour frais de recouvrement (art. L441-10 et D441-5 du Code de commerce)'],
            'notice.indemnity',
          ),
        ],
        CONTENT_WIDTH,
        2,
      ),
      total,
    ],
    { widths, cellMargins: { top: 70, bottom: 70, left: 110, right: 110 } },
  );
}

function legalBasis(): string[] {
  return [
    ...ifBlock('customer.isBusiness', [
      body([
        'Conformément à nos conditions générales de vente et à l’article L441-10 du Code de commerce, ces sommes sont de plein droit majorées de pénalités de retard au taux de ',
        ins('notice.penaltyRate'),
        ', courant depuis le lendemain de la date d’échéance, ainsi que de l’indemnité forfaitaire pour frais de recouvrement de 40 € prévue à l’article D441-5 du même code.',
      ]),
    ]),
    ...ifBlock('!customer.isBusiness', [
      body([
        'Conformément à nos conditions générales de vente, ces sommes sont majorées de pénalités de retard au taux de ',
        ins('notice.penaltyRate'),
        ', courant depuis le lendemain de la date d’échéance.',
      ]),
    ]),
  ];
}

export function formalNoticeBody(): string[] {
  return [
    letterHead(),
    spacer(18),
    paragraph(ins('notice.placeAndDate'), { align: 'right', after: 14, run: { size: 10 } }),
    paragraph(['Objet : ', ins('notice.subject', { bold: true, size: 10.5 })], {
      after: 4,
      run: { bold: true, size: 10.5 },
    }),
    paragraph(['Nos références : facture n° ', ins('invoice.number')], { style: 'Small', after: 16 }),
    body('Madame, Monsieur,'),
    body([
      'Sauf erreur ou omission de notre part, la facture détaillée ci-dessous, arrivée à échéance le ',
      ins('invoice.dueDate'),
      ', demeure impayée à ce jour malgré nos précédentes relances, soit un retard de ',
      ins('notice.daysLate'),
      '.',
    ]),
    invoicesTable(),
    spacer(10),
    ...legalBasis(),
    amountsTable(),
    spacer(12),
    paragraph(
      [
        'En conséquence, nous vous mettons en demeure de nous régler la somme de ',
        ins('notice.total', { bold: true }),
        ' dans un délai de huit (8) jours à compter de la réception de la présente, soit au plus tard le ',
        ins('notice.deadline', { bold: true }),
        '.',
      ],
      { style: 'Body', run: { bold: true } },
    ),
    body([
      'Ce règlement peut être effectué par virement bancaire (',
      ins('terms.bankDetails'),
      ') en rappelant la référence de la facture.',
    ]),
    body(
      'À défaut de paiement intégral dans ce délai, nous engagerons sans autre avis une procédure de recouvrement judiciaire à votre encontre (injonction de payer), les frais de procédure pouvant être mis à votre charge.',
    ),
    body(
      'La présente lettre vaut mise en demeure au sens de l’article 1344 du Code civil. Si votre règlement nous est parvenu entre-temps, nous vous remercions de ne pas tenir compte de ce courrier.',
    ),
    body('Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.'),
    spacer(6),
    paragraph(['Pour ', ins('seller.legalName', { bold: true, size: 10 })], {
      align: 'right',
      run: { bold: true, size: 10 },
    }),
    paragraph('Le service recouvrement', { align: 'right', run: { size: 10, color: COLORS.muted } }),
  ];
}
