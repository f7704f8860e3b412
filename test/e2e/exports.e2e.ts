// The finance exports on the real stack: the journal in the Sage 100 / Cegid / EBP layouts line for line equal to the
// FEC of the same year, and the invoice list as CSV and XLSX equal to GET /invoices with the same filters, a hostile
// customer name neutralised in both, the XLSX read back with exceljs, and the row limit.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { DEMO_PASSWORD } from '../../src/seed/demo-data';
import { readFec } from '../support/fec-checker';
import { journalRowOfFec, JOURNAL_READERS, readJournal, totalsByAccount } from '../support/journal-reader';
import { bootBackOffice, type ApiClient, type BackOffice } from '../support/back-office';
import { issueYearOfActivity } from '../support/issuing';

const HOSTILE_NAME = '=HYPERLINK("http://evil.test","Cliquez")';
const EXPORT_MAX_ROWS = 6;

interface ListedInvoice {
  id: string;
  number: string | null;
  customer: { name: string };
  status: { label: string };
  issueDate: string | null;
  dueDate: string | null;
  totalExclTaxCents: number;
  totalTaxCents: number;
  totalInclTaxCents: number;
  paidCents: number;
  creditedCents: number;
  balanceCents: number;
  daysLate: number | null;
  createdBy: { fullName: string };
}

describe('finance exports', () => {
  let office: BackOffice;
  let sales: ApiClient, manager: ApiClient, adv: ApiClient, daf: ApiClient;
  let hostileCustomerId: string;
  const year = new Date().getFullYear();

  beforeAll(async () => {
    office = await bootBackOffice({ label: 'exports', env: { INVOICE_EXPORT_MAX_ROWS: String(EXPORT_MAX_ROWS) } });
    [sales, manager, adv, daf] = await Promise.all(
      ['sales', 'manager', 'adv', 'daf'].map((u) => office.api.as(`${u}@demo.test`)),
    );
    await issueYearOfActivity({ sales, manager, adv }, office.demo.customers);

    const customer = await sales.post('/customers', {
      name: HOSTILE_NAME,
      isBusiness: false,
      addressLine1: '1 rue du Test',
      postalCode: '75001',
      city: 'Paris',
      billingEmail: 'hostile@client.test',
    });
    expect(customer.status).toBe(201);
    hostileCustomerId = customer.body.id;
    for (const [i, cents] of [12_000, 4_550, 99_999, 1].entries()) {
      expect(
        (
          await sales.post('/invoices', {
            customerId: hostileCustomerId,
            lines: [{ description: `Prestation ${i}`, quantity: 1, unitPriceCents: cents, vatRate: 20 }],
          })
        ).status,
      ).toBe(201);
    }
  });

  afterAll(async () => {
    await office?.close();
  });

  async function download(
    email: string,
    path: string,
  ): Promise<{ status: number; name: string; bytes: Buffer; type: string }> {
    const login = await office.api.post<{ accessToken: string }>('/auth/login', { email, password: DEMO_PASSWORD });
    const response = await fetch(`${office.api.baseUrl}${path}`, {
      headers: { authorization: `Bearer ${login.body.accessToken}` },
    });
    const disposition = response.headers.get('content-disposition') ?? '';
    return {
      status: response.status,
      name: /filename="([^"]+)"/.exec(disposition)?.[1] ?? '',
      bytes: Buffer.from(await response.arrayBuffer()),
      type: response.headers.get('content-type') ?? '',
    };
  }

  describe('journal in accounting-software layouts', () => {
    it.each(['sage', 'cegid', 'ebp'] as const)(
      'writes the %s layout with the FEC lines, accounts and totals of the same year',
      async (layout) => {
        const company = await office.prisma.company.findFirstOrThrow();
        const fecFile = await download('daf@demo.test', `/exports/fec?year=${year}`);
        const fec = readFec(fecFile.name, fecFile.bytes.toString('utf8'), {
          siren: company.siren,
          yearStart: `${year}-01-01`,
          yearEnd: `${year}-12-31`,
        });
        expect(fec.errors).toEqual([]);
        expect(fec.records.length).toBeGreaterThanOrEqual(15);

        const file = await download('admin@demo.test', `/exports/journal?year=${year}&layout=${layout}`);
        expect(file.status).toBe(200);
        expect(file.type).toContain('text/csv');
        expect(file.name).toBe(`${company.siren}-journal-${layout}-${year}.csv`);
        const journal = readJournal(layout, file.bytes.toString('utf8'));
        expect(journal.header).toEqual(JOURNAL_READERS[layout].header);
        const fecRows = fec.records.map(journalRowOfFec);
        expect(journal.rows).toEqual(fecRows);
        expect(totalsByAccount(journal.rows)).toEqual(totalsByAccount(fecRows));
      },
    );

    it('answers a year without activity with the header alone, a future year or an unknown layout with 400, and refuses other roles', async () => {
      const empty = await download('daf@demo.test', '/exports/journal?year=2019&layout=cegid');
      expect(empty.status).toBe(200);
      expect(empty.bytes.toString('utf8')).toBe(`${JOURNAL_READERS.cegid.header.join(';')}\r\n`);
      const future = await daf.get(`/exports/journal?year=${year + 1}&layout=sage`);
      expect(future.status).toBe(400);
      expect(future.body.fields).toEqual([expect.objectContaining({ field: 'year' })]);
      const unknown = await daf.get(`/exports/journal?year=${year}&layout=quadra`);
      expect(unknown.status).toBe(400);
      expect(unknown.body.fields).toEqual([expect.objectContaining({ field: 'layout' })]);
      expect((await sales.get(`/exports/journal?year=${year}&layout=sage`)).status).toBe(403);
      expect((await adv.get(`/exports/journal?year=${year}&layout=ebp`)).status).toBe(403);
    });
  });

  describe('invoice list as CSV and XLSX', () => {
    const FILTERS = [
      `customerId=HOSTILE&sort=totalInclTaxCents&order=asc`,
      'status=ISSUED,PAID,PARTIALLY_CREDITED&sort=number&order=desc',
    ];

    async function listed(filters: string): Promise<ListedInvoice[]> {
      const { status, body } = await daf.get(`/invoices?${filters}&perPage=200`);
      expect(status).toBe(200);
      return body.data;
    }

    const filtersOf = (template: string) => template.replace('HOSTILE', hostileCustomerId);
    const euros = (cents: number) => (cents / 100).toFixed(2);
    const csvRowOf = (i: ListedInvoice) => [
      i.number ?? '',
      i.customer.name.startsWith('=') ? `'${i.customer.name}` : i.customer.name,
      i.status.label,
      i.issueDate ?? '',
      i.dueDate ?? '',
      euros(i.totalExclTaxCents),
      euros(i.totalTaxCents),
      euros(i.totalInclTaxCents),
      euros(i.paidCents),
      euros(i.creditedCents),
      euros(i.balanceCents),
      i.daysLate === null ? '' : String(i.daysLate),
      i.createdBy.fullName,
    ];

    it.each(FILTERS)('writes as CSV the rows GET /invoices lists with %s', async (template) => {
      const filters = filtersOf(template);
      const expected = await listed(filters);
      expect(expected.length).toBeGreaterThanOrEqual(3);
      const file = await download('daf@demo.test', `/invoices/export?format=csv&${filters}`);
      expect(file.status).toBe(200);
      expect(file.type).toContain('text/csv');
      expect(file.name).toMatch(/^factures-\d{4}-\d{2}-\d{2}\.csv$/);
      const [header, ...rows] = parse(file.bytes.toString('utf8'), { record_delimiter: '\r\n' }) as string[][];
      expect(header).toEqual([
        'Numéro',
        'Client',
        'Statut',
        "Date d'émission",
        'Échéance',
        'Total HT',
        'TVA',
        'Total TTC',
        'Payé',
        'Avoirs',
        'Reste dû',
        'Jours de retard',
        'Créée par',
      ]);
      expect(rows).toEqual(expected.map(csvRowOf));
    });

    it.each(FILTERS)(
      'writes as XLSX, read back with exceljs, the same rows with numbers and dates for %s',
      async (template) => {
        const filters = filtersOf(template);
        const expected = await listed(filters);
        const file = await download('sales@demo.test', `/invoices/export?format=xlsx&${filters}`);
        expect(file.status).toBe(200);
        expect(file.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(file.bytes as unknown as ExcelJS.Buffer);
        const sheet = workbook.getWorksheet('Factures')!;
        expect(sheet.rowCount).toBe(expected.length + 1);
        expected.forEach((invoice, n) => {
          const row = sheet.getRow(n + 2);
          const day = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);
          expect([1, 2, 3, 13].map((c) => row.getCell(c).value ?? '')).toEqual([
            invoice.number ?? '',
            csvRowOf(invoice)[1],
            invoice.status.label,
            invoice.createdBy.fullName,
          ]);
          expect([4, 5].map((c) => row.getCell(c).value ?? null)).toEqual([
            day(invoice.issueDate),
            day(invoice.dueDate),
          ]);
          expect([6, 7, 8, 9, 10, 11].map((c) => row.getCell(c).value)).toEqual(
            [
              invoice.totalExclTaxCents,
              invoice.totalTaxCents,
              invoice.totalInclTaxCents,
              invoice.paidCents,
              invoice.creditedCents,
              invoice.balanceCents,
            ].map((cents) => cents / 100),
          );
          expect(row.getCell(8).type).toBe(ExcelJS.ValueType.Number);
          expect(row.getCell(8).numFmt).toContain('0.00');
          if (invoice.issueDate) {
            expect(row.getCell(4).type).toBe(ExcelJS.ValueType.Date);
          }
        });
      },
    );

    it('neutralises a hostile customer name in both formats: text, never a formula', async () => {
      const filters = `customerId=${hostileCustomerId}`;
      const csv = (await download('daf@demo.test', `/invoices/export?format=csv&${filters}`)).bytes.toString('utf8');
      expect(csv).toContain(`"'=HYPERLINK(""http://evil.test"",""Cliquez"")"`);
      expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(
        (await download('daf@demo.test', `/invoices/export?format=xlsx&${filters}`)).bytes as unknown as ExcelJS.Buffer,
      );
      const cells = workbook.getWorksheet('Factures')!.getColumn(2).values.slice(2);
      expect(cells).toEqual(Array(4).fill(`'${HOSTILE_NAME}`));
      workbook
        .getWorksheet('Factures')!
        .eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
    });

    it(`refuses with 422 an export of more than ${EXPORT_MAX_ROWS} invoices, and a bad format with 400 naming it`, async () => {
      expect((await listed('')).length).toBeGreaterThan(EXPORT_MAX_ROWS);
      const tooMany = await daf.get('/invoices/export?format=csv');
      expect(tooMany.status).toBe(422);
      expect(tooMany.body.message).toContain(`at most ${EXPORT_MAX_ROWS} invoices`);
      const bad = await daf.get('/invoices/export?format=pdf');
      expect(bad.status).toBe(400);
      expect(bad.body.fields).toEqual([expect.objectContaining({ field: 'format' })]);
      expect((await daf.get('/invoices/export?format=csv&perPage=10')).status).toBe(400);
    });
  });
});
