// The FEC export through HTTP on invoices issued by the real workflow: format rules, balanced entries, continuous
// numbering, account totals equal to the invoices, credit notes and payments of the year; settings; bad input.
import iconv from 'iconv-lite';
import { DEMO_PASSWORD } from '../../src/seed/demo-data';
import { accountTotals, readFec } from '../support/fec-checker';
import { bootBackOffice, type ApiClient, type BackOffice } from '../support/back-office';
import { issueYearOfActivity } from '../support/issuing';

describe('FEC export', () => {
  let office: BackOffice;
  let sales: ApiClient, manager: ApiClient, adv: ApiClient, daf: ApiClient;
  const year = new Date().getFullYear();

  beforeAll(async () => {
    office = await bootBackOffice({ label: 'fec' });
    [sales, manager, adv, daf] = await Promise.all(
      ['sales', 'manager', 'adv', 'daf'].map((u) => office.api.as(`${u}@demo.test`)),
    );
  });

  afterAll(async () => {
    await office?.close();
  });

  async function download(
    email: string,
    query: string,
  ): Promise<{ status: number; name: string; bytes: Buffer; type: string }> {
    const login = await office.api.post<{ accessToken: string }>('/auth/login', { email, password: DEMO_PASSWORD });
    const response = await fetch(`${office.api.baseUrl}/exports/fec${query}`, {
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

  it('exports the year of issued invoices, credit notes and payments as a valid, balanced FEC', async () => {
    const { services, goods, credited } = await issueYearOfActivity({ sales, manager, adv }, office.demo.customers);

    const company = await office.prisma.company.findFirstOrThrow();
    const file = await download('daf@demo.test', `?year=${year}`);
    expect(file.status).toBe(200);
    expect(file.type).toContain('text/plain');
    const reading = readFec(file.name, file.bytes.toString('utf8'), {
      siren: company.siren,
      yearStart: `${year}-01-01`,
      yearEnd: `${year}-12-31`,
    });
    expect(reading.errors).toEqual([]);

    const invoices = await Promise.all(
      [services, goods, credited].map(async (i) => (await adv.get(`/invoices/${i.id}`)).body),
    );
    const credits = (await adv.get(`/invoices/${credited.id}/credit-notes`)).body as Array<{
      totalExclTaxCents: number;
      totalTaxCents: number;
      totalInclTaxCents: number;
    }>;
    const payments = (
      await Promise.all(invoices.map(async (i) => (await adv.get(`/invoices/${i.id}/payments`)).body))
    ).flat() as Array<{ amountCents: number }>;
    const sum = <T>(items: T[], of: (item: T) => number) => items.reduce((total, item) => total + of(item), 0);
    const totals = accountTotals(reading.records);
    expect(totals.get('411000')).toEqual({
      debit: sum(invoices, (i) => i.totalInclTaxCents),
      credit: sum(credits, (c) => c.totalInclTaxCents) + sum(payments, (p) => p.amountCents),
    });
    expect(totals.get('706000')).toEqual({
      debit: sum(credits, (c) => c.totalExclTaxCents),
      credit: services.totalExclTaxCents + credited.totalExclTaxCents,
    });
    expect(totals.get('707000')).toEqual({ debit: 0, credit: goods.totalExclTaxCents });
    expect(totals.get('445710')).toEqual({
      debit: sum(credits, (c) => c.totalTaxCents),
      credit: sum(invoices, (i) => i.totalTaxCents),
    });
    expect(totals.get('512000')).toEqual({ debit: sum(payments, (p) => p.amountCents), credit: 0 });
    const goodsLines = reading.records.filter((r) => r.CompteNum === '411000' && r.PieceRef === goods.number);
    expect(goodsLines.length).toBeGreaterThanOrEqual(2);
    expect(new Set(goodsLines.map((r) => r.EcritureLet)).size).toBe(1);
    expect(goodsLines[0].EcritureLet).toMatch(/^[A-Z]{3}$/);

    const latin9 = await download('admin@demo.test', `?year=${year}&encoding=iso-8859-15`);
    expect(latin9.status).toBe(200);
    expect(iconv.decode(latin9.bytes, 'iso-8859-15')).toBe(file.bytes.toString('utf8'));
  });

  it('follows the accounting settings, which round-trip and name a bad field', async () => {
    const { body: settings } = await daf.get('/settings/accounting');
    expect(settings).toMatchObject({
      fiscalYearStartMonth: 1,
      salesJournal: { code: 'VT' },
      bankJournal: { code: 'BQ' },
      accounts: { customers: { number: '411000' } },
    });
    const bad = await daf.put('/settings/accounting', {
      ...settings,
      accounts: { ...settings.accounts, bank: { number: 'abc', label: 'Banque' } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f: { field: string }) => f.field)).toEqual(['accounts.bank.number']);
    expect(
      (await daf.put('/settings/accounting', { ...settings, salesJournal: { code: 'VE', label: 'Ventes' } })).status,
    ).toBe(200);
    const file = await download('daf@demo.test', `?year=${year}`);
    const journals = new Set(
      file.bytes
        .toString('utf8')
        .split('\r\n')
        .slice(1)
        .filter(Boolean)
        .map((row) => row.split('|')[0]),
    );
    expect(journals).toEqual(new Set(['VE', 'BQ']));
    expect((await daf.put('/settings/accounting', settings)).status).toBe(200);
    expect((await sales.get('/settings/accounting')).status).toBe(403);
  });

  it('answers a year without activity with the header alone, a future year with 400, and refuses other roles', async () => {
    const empty = await download('daf@demo.test', '?year=2019');
    expect(empty.status).toBe(200);
    expect(empty.bytes.toString('utf8')).toBe(
      'JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise\r\n',
    );
    expect(empty.name).toMatch(/^\d{9}FEC20191231\.txt$/);
    const future = await daf.get(`/exports/fec?year=${year + 1}`);
    expect(future.status).toBe(400);
    expect(future.body.fields).toEqual([expect.objectContaining({ field: 'year' })]);
    expect((await daf.get('/exports/fec?year=abc')).status).toBe(400);
    expect((await sales.get(`/exports/fec?year=${year}`)).status).toBe(403);
    expect((await adv.get(`/exports/fec?year=${year}`)).status).toBe(403);
  });
});
