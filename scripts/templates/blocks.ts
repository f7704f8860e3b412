import {
  CONTENT_WIDTH,
  COLORS,
  cell,
  cmd,
  field,
  ins,
  paragraph,
  row,
  spacer,
  table,
  type Border,
  type RunStyle,
} from './wordml';

// The blocks the invoice, receipt and credit note share; data paths are those of src/documents/document-data.types.ts.

const thinRule: Border = { color: COLORS.rule, size: 4 };
/** Borders painted in a cell's own fill colour hide the hairline seams PDF viewers draw between shaded cells. */
export const filledBorders = (color: string) => ({
  top: { color, size: 4 },
  left: { color, size: 4 },
  bottom: { color, size: 4 },
  right: { color, size: 4 },
});
const none = { top: null, left: null, bottom: null, right: null };
const muted: RunStyle = { color: COLORS.muted };
const bold: RunStyle = { bold: true };

/** Paragraphs holding only a structural command disappear from the output. */
export const ifBlock = (condition: string, content: string[]): string[] => [
  paragraph(cmd(`IF ${condition}`)),
  ...content,
  paragraph(cmd('END-IF')),
];

/** Rows kept only when `condition` holds: IF and END-IF sit in rows of their own, which disappear from the output. */
export function conditionalRows(condition: string, rows: string[], width: number, span: number): string[] {
  const commandRow = (command: string) => row([cell([paragraph(cmd(command))], { width, span })]);
  return [commandRow(`IF ${condition}`), ...rows, commandRow('END-IF')];
}

/** "Label : value" with a muted label and a bold value (a data path, or ready-made runs). */
export function keyValue(label: string, value: string, align: 'left' | 'right' = 'left'): string {
  return paragraph([`${label} `, value.startsWith('<w:') ? value : ins(value, bold)], {
    style: 'TableText',
    align,
    after: 2,
    run: muted,
  });
}

/** Seller identity on the left, document title and references on the right. */
export function documentHeader(input: { title: string; references: string[] }): string {
  const left = cell(
    [
      paragraph(ins('seller.name'), { style: 'SellerName' }),
      paragraph(ins('seller.address'), { style: 'TableText', after: 2 }),
      paragraph(ins('seller.contact'), { style: 'Small' }),
    ],
    { width: 5566, vAlign: 'top', borders: none },
  );
  const right = cell([paragraph(input.title, { style: 'DocTitle', after: 4 }), ...input.references], {
    width: CONTENT_WIDTH - 5566,
    vAlign: 'top',
    borders: none,
  });
  return table([row([left, right])], {
    widths: [5566, CONTENT_WIDTH - 5566],
    cellMargins: { top: 0, bottom: 0, left: 0, right: 0 },
  });
}

export const accentRule = (): string => paragraph([], { bottomRule: { color: COLORS.accent, size: 12 }, after: 10 });

export function draftBanner(): string[] {
  return ifBlock('invoice.draft', [
    spacer(6),
    paragraph(ins('invoice.draftMark', { bold: true, color: COLORS.draft, size: 11, caps: true, spacing: 10 }), {
      align: 'center',
      box: { color: COLORS.draft, size: 12, space: 6 },
      fill: COLORS.draftSoft,
      inset: 120,
    }),
  ]);
}

/** "Informations" on the left, the boxed customer address on the right. */
export function partiesBlock(infoLines: string[], customerLabel: string): string {
  const info = cell([paragraph('Informations', { style: 'Label' }), ...infoLines], {
    width: 4733,
    borders: none,
    vAlign: 'top',
  });
  const gap = cell([paragraph([])], { width: 400, borders: none });
  const customer = cell(
    [
      paragraph(customerLabel, { style: 'Label' }),
      paragraph(ins('customer.name', { bold: true, size: 10.5 }), { after: 2 }),
      ...ifBlock('customer.attention', [paragraph(ins('customer.attention'), { style: 'TableText' })]),
      paragraph(ins('customer.address'), { style: 'TableText', after: 3 }),
      ...ifBlock('customer.identifiers', [paragraph(ins('customer.identifiers'), { style: 'Small' })]),
    ],
    {
      width: CONTENT_WIDTH - 4733 - 400,
      fill: COLORS.accentSoft,
      borders: { ...none, left: { color: COLORS.accent, size: 18 } },
      margins: { top: 100, bottom: 100, left: 170, right: 120 },
    },
  );
  return table([row([info, gap, customer])], {
    widths: [4733, 400, CONTENT_WIDTH - 4733 - 400],
    cellMargins: { top: 0, bottom: 0, left: 0, right: 0 },
  });
}

export const infoLine = (label: string, value: string): string => keyValue(`${label} :`, value);

const LINE_COLUMNS = [
  { title: 'Désignation', width: 3646, path: 'description', align: 'left' as const },
  { title: 'Qté', width: 760, path: 'quantity', align: 'right' as const },
  { title: 'Unité', width: 800, path: 'unit', align: 'left' as const },
  { title: 'P.U. HT', width: 1230, path: 'unitPrice', align: 'right' as const },
  { title: 'Remise', width: 780, path: 'discount', align: 'right' as const },
  { title: 'TVA', width: 700, path: 'vatRate', align: 'right' as const },
  { title: 'Total HT', width: 1950, path: 'totalExclTax', align: 'right' as const },
];

/** The lines table: a header row repeated on each page, one row per line (FOR over the data rows). */
export function linesTable(collection: string): string {
  const header = row(
    LINE_COLUMNS.map((c) =>
      cell([paragraph(c.title, { style: 'TableHeader', align: c.align })], {
        width: c.width,
        fill: COLORS.accent,
        vAlign: 'center',
        borders: filledBorders(COLORS.accent),
      }),
    ),
    { header: true, height: 20 },
  );
  const bodyCell = (c: (typeof LINE_COLUMNS)[number], prefix = '', suffix = '') =>
    cell(
      [
        paragraph([prefix, ins(`$line.${c.path}`), suffix].filter(Boolean), {
          style: c.align === 'right' ? 'Amount' : 'TableText',
        }),
      ],
      {
        width: c.width,
        borders: { bottom: thinRule },
        vAlign: 'top',
      },
    );
  const loop = (command: string) =>
    row([cell([paragraph(cmd(command))], { width: CONTENT_WIDTH, span: LINE_COLUMNS.length })]);
  const body = row(
    LINE_COLUMNS.map((c) => bodyCell(c)),
    { height: 18 },
  );
  return table([header, loop(`FOR line IN ${collection}`), body, loop('END-FOR line')], {
    widths: LINE_COLUMNS.map((c) => c.width),
    cellMargins: { top: 70, bottom: 70, left: 85, right: 85 },
  });
}

/** VAT per rate (left) and the totals box (right). `totalRows` are extra rows appended to the totals box. */
export function vatAndTotals(input: { vat: string; totals: string[] }): string {
  const vatWidths = [1300, 1850, 1850];
  const vatHeader = row(
    ['Taux de TVA', 'Base HT', 'Montant TVA'].map((t, i) =>
      cell([paragraph(t, { style: 'Label', align: i === 0 ? 'left' : 'right', after: 0 })], {
        width: vatWidths[i],
        borders: { bottom: { color: COLORS.accent, size: 8 } },
      }),
    ),
  );
  const vatLoop = (command: string) => row([cell([paragraph(cmd(command))], { width: 5000, span: 3 })]);
  const vatBody = row(
    ['rate', 'base', 'tax'].map((k, i) =>
      cell([paragraph(ins(`$vat.${k}`), { style: i === 0 ? 'TableText' : 'Amount' })], {
        width: vatWidths[i],
        borders: { bottom: thinRule },
      }),
    ),
  );
  const vatTable = table([vatHeader, vatLoop(`FOR vat IN ${input.vat}`), vatBody, vatLoop('END-FOR vat')], {
    widths: vatWidths,
    cellMargins: { top: 50, bottom: 50, left: 60, right: 60 },
  });
  const left = cell([paragraph('Détail de la TVA', { style: 'SectionTitle' }), vatTable], {
    width: 5000,
    borders: none,
  });
  const gap = cell([paragraph([])], { width: 366, borders: none });
  const right = cell(
    [table(input.totals, { widths: [2600, 1900], cellMargins: { top: 60, bottom: 60, left: 120, right: 120 } })],
    { width: 4500, borders: none },
  );
  return table([row([left, gap, right])], {
    widths: [5000, 366, 4500],
    cellMargins: { top: 0, bottom: 0, left: 0, right: 0 },
  });
}

export function totalRow(label: string, value: string, emphasis: 'normal' | 'strong' | 'paid' = 'normal'): string {
  const fill = emphasis === 'strong' ? COLORS.accent : emphasis === 'paid' ? COLORS.paid : undefined;
  const color = fill ? COLORS.white : COLORS.ink;
  const size = fill ? 10.5 : 9;
  const cells = [
    cell([paragraph(label, { style: 'TableText', run: { bold: !!fill, color, size } })], {
      width: 2600,
      fill,
      borders: fill ? filledBorders(fill) : { bottom: thinRule },
      vAlign: 'center',
    }),
    cell([paragraph(ins(value, { bold: true, color, size }), { style: 'Amount' })], {
      width: 1900,
      fill,
      borders: fill ? filledBorders(fill) : { bottom: thinRule },
      vAlign: 'center',
    }),
  ];
  return row(cells, { height: fill ? 22 : 16 });
}

export function conditionalTotalRow(condition: string, label: string, value: string): string[] {
  return conditionalRows(condition, [totalRow(label, value)], 4500, 2);
}

/** A shaded box (one-cell table) holding the given paragraphs. */
export function box(
  content: string[],
  options: { fill?: string; border?: Border; width?: number; align?: 'left' | 'center' } = {},
): string {
  const border = options.border ?? null;
  const width = options.width ?? CONTENT_WIDTH;
  return table([row([cell(content, { width, fill: options.fill ?? COLORS.accentSoft, vAlign: 'center' })])], {
    widths: [width],
    align: options.align,
    borders: border ? { top: border, left: border, bottom: border, right: border } : {},
    cellMargins: { top: 110, bottom: 110, left: 170, right: 170 },
  });
}

/** How to pay: due date, amount, bank details and the reference to quote. */
export function paymentBox(amountPath: string): string[] {
  return [
    paragraph('Règlement', { style: 'SectionTitle' }),
    box([
      paragraph(
        [
          'À régler au plus tard le ',
          ins('terms.dueDate', bold),
          ' : ',
          ins(amountPath, { bold: true, color: COLORS.accent }),
        ],
        { after: 3, run: { size: 9.5 } },
      ),
      paragraph(['Virement bancaire — ', ins('terms.bankDetails', bold)], { style: 'TableText', after: 3 }),
      ...ifBlock('terms.creditorReference', [
        paragraph(['Référence de paiement à reporter sur le virement : ', ins('terms.creditorReference', bold)], {
          style: 'TableText',
          after: 3,
        }),
      ]),
      ...ifBlock('terms.paymentReference', [paragraph(ins('terms.paymentReference'), { style: 'Small' })]),
    ]),
  ];
}

/** Why a 0 % line carries no VAT ("TVA non applicable, art. 293 B du CGI", "Autoliquidation"), under the totals. */
export function vatMentionsBlock(path: string): string[] {
  return ifBlock(path, [spacer(4), paragraph(ins(path, bold), { style: 'TableText' })]);
}

/** The payment conditions every invoice must print (L441-9): terms, discount, penalties, indemnity. */
export function conditionsBlock(options: { bankDetails?: boolean; title?: string } = {}): string[] {
  return [
    paragraph(options.title ?? 'Conditions de paiement', { style: 'SectionTitle' }),
    paragraph(['Délai de paiement : ', ins('terms.paymentTerms'), ' (échéance le ', ins('terms.dueDate'), ')'], {
      style: 'Legal',
    }),
    paragraph(ins('terms.earlyPaymentDiscount'), { style: 'Legal' }),
    paragraph(ins('terms.latePenalty'), { style: 'Legal' }),
    ...ifBlock('terms.hasRecoveryIndemnity', [paragraph(ins('terms.recoveryIndemnity'), { style: 'Legal' })]),
    ...(options.bankDetails
      ? [paragraph(['Coordonnées bancaires : ', ins('terms.bankDetails')], { style: 'Legal' })]
      : []),
  ];
}

export function notesBlock(path: string): string[] {
  return ifBlock(path, [
    paragraph('Notes', { style: 'SectionTitle' }),
    paragraph(ins(path), { style: 'TableText' }),
    spacer(8),
  ]);
}

export function footer(): string[] {
  return [
    paragraph(ins('seller.legalIdentity'), { style: 'Footer' }),
    paragraph(ins('seller.registration'), { style: 'Footer' }),
    paragraph([ins('pageReference'), ' · Page ', field('PAGE'), ' sur ', field('NUMPAGES')], { style: 'Footer' }),
  ];
}
