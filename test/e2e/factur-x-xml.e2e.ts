// Factur-X XML of invoices issued by the real workflow from real rows: GET /invoices/:id/factur-x.xml and the credit
// notes' XML pass the official EN 16931 schematron; drafts have none; an approval that cannot make one is a 422.
import { DEMO_PASSWORD } from '../../src/seed/demo-data';
import { loadFacturXml } from '../../src/einvoicing/factur-x';
import { SCHEMATRON_FIRST_RUN_MS, validateCii } from '../support/en16931';
import { bootBackOffice, eventually, type ApiClient, type BackOffice } from '../support/back-office';

jest.setTimeout(600_000);

describe('Factur-X', () => {
  let office: BackOffice;
  let sales: ApiClient, manager: ApiClient, adv: ApiClient;
  let advToken: string;

  beforeAll(async () => {
    office = await bootBackOffice({ label: 'facturx-xml' });
    [sales, manager, adv] = await Promise.all(['sales', 'manager', 'adv'].map((u) => office.api.as(`${u}@demo.test`)));
    advToken = (
      await office.api.post<{ accessToken: string }>('/auth/login', { email: 'adv@demo.test', password: DEMO_PASSWORD })
    ).body.accessToken;
  });

  afterAll(async () => {
    await office?.close();
  });

  async function draft(customerId: string, lines: object[], extra: object = {}): Promise<{ id: string }> {
    const created = await sales.post('/invoices', { customerId, operationCategory: 'SERVICES', lines, ...extra });
    expect(created.status).toBe(201);
    expect((await sales.post(`/invoices/${created.body.id}/submit`)).status).toBe(200);
    await eventually(
      async () => (await manager.get(`/invoices/${created.body.id}`)).body.approval?.pendingRole === 'MANAGER',
      'level 1',
    );
    return created.body;
  }

  async function issue(customerId: string, lines: object[], extra: object = {}) {
    const { id } = await draft(customerId, lines, extra);
    expect((await manager.post(`/invoices/${id}/approve`, {})).status).toBe(200);
    return eventually(async () => {
      const { body } = await adv.get(`/invoices/${id}`);
      return body.number ? body : undefined;
    }, 'the legal number');
  }

  async function facturXml(id: string): Promise<{ status: number; type: string; xml: string }> {
    const response = await fetch(`${office.api.baseUrl}/invoices/${id}/factur-x.xml`, {
      headers: { authorization: `Bearer ${advToken}` },
    });
    return { status: response.status, type: response.headers.get('content-type') ?? '', xml: await response.text() };
  }

  it('a draft or an unknown invoice has no Factur-X (404)', async () => {
    const created = await sales.post('/invoices', {
      customerId: office.demo.customers.STANDARD,
      lines: [{ description: 'Audit', quantity: 1, unitPriceCents: 10_000, vatRate: 20 }],
    });
    expect((await facturXml(created.body.id)).status).toBe(404);
    expect((await facturXml('00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('refuses an approval that cannot make a valid Factur-X with a 422 naming the field, and issues nothing', async () => {
    const { id } = await draft(office.demo.customers.STANDARD, [
      { description: 'Audit', quantity: 1, unit: 'jour', unitPriceCents: 10_000, vatRate: 20 },
      { description: 'Palettes', quantity: 2, unit: 'palette', unitPriceCents: 5_000, vatRate: 20 },
      { description: 'Formation', quantity: 1, unit: 'jour', unitPriceCents: 50_000, vatRate: 0, vatCategory: 'E' },
    ]);
    const refused = await manager.post(`/invoices/${id}/approve`, {});
    expect(refused.status).toBe(422);
    expect(refused.body.fields.map((f: { field: string }) => f.field)).toEqual([
      'lines.1.unit',
      'lines.2.vatExemptionCode',
    ]);
    expect(refused.body.message).toContain('lines.1.unit');
    const after = (await adv.get(`/invoices/${id}`)).body;
    expect(after).toMatchObject({ number: null, phase: 'AWAITING_APPROVAL' });
  });

  it(
    'issued invoices and their credit notes pass the EN 16931 schematron with 0 failed assertions',
    async () => {
      const { STANDARD } = office.demo.customers;
      const consumer = await adv.post('/customers', {
        name: 'Mme Éloïse Brétécher',
        isBusiness: false,
        addressLine1: '3 rue Mercière',
        postalCode: '69002',
        city: 'Lyon',
        billingEmail: 'eloise@exemple.test',
      });
      expect(consumer.status).toBe(201);

      const multiRate = await issue(
        STANDARD,
        [
          {
            description: 'Conseil en organisation',
            quantity: 7.5,
            unit: 'heure',
            unitPriceCents: 12_000,
            vatRate: 20,
            discountPercent: 5,
          },
          { description: 'Repas de séminaire', quantity: 14, unitPriceCents: 2_790, vatRate: 10 },
          {
            description: 'Ouvrages « Gérer sa trésorerie »',
            quantity: 3,
            unit: 'u',
            unitPriceCents: 2_399,
            vatRate: 5.5,
            discountPercent: 12.5,
          },
          { description: 'Abonnement presse', quantity: 1, unit: 'mois', unitPriceCents: 4_590, vatRate: 2.1 },
          {
            description: 'Formation continue',
            quantity: 2,
            unit: 'jour',
            unitPriceCents: 80_000,
            vatRate: 0,
            vatCategory: 'E',
            vatExemptionCode: 'VATEX-FR-CGI261-4',
          },
        ],
        {
          operationCategory: 'MIXED',
          customerNote: 'Merci pour votre confiance, à très bientôt !',
          notes: 'Client sensible : relancer par téléphone',
          deliveryAddress: { name: 'Entrepôt', addressLine1: 'ZI des Échets', postalCode: '01700', city: 'Miribel' },
        },
      );
      // Reverse charge between French businesses (subcontracted building work, art. 283 of the CGI).
      const reverseCharge = await issue(STANDARD, [
        {
          description: 'Travaux de second œuvre en sous-traitance',
          quantity: 3,
          unit: 'jour',
          unitPriceCents: 65_000,
          vatRate: 0,
          discountPercent: 10,
          vatCategory: 'AE',
          vatExemptionCode: 'VATEX-FR-AE',
        },
      ]);
      const toConsumer = await issue(consumer.body.id, [
        { description: 'Cours particulier', quantity: 2, unit: 'h', unitPriceCents: 4_500, vatRate: 20 },
      ]);

      const partial = await adv.post(`/invoices/${multiRate.id}/credit-notes`, {
        reason: 'Ouvrage manquant',
        lines: [{ invoiceLineId: multiRate.lines[2].id, quantity: 1 }],
      });
      expect(partial.status).toBe(201);
      const full = await adv.post(`/invoices/${reverseCharge.id}/credit-notes`, {
        reason: 'Intervention annulée',
        full: true,
      });
      expect(full.status).toBe(201);
      const creditNotes = await office.prisma.creditNote.findMany({
        where: { invoiceId: { in: [multiRate.id, reverseCharge.id] } },
        orderBy: { number: 'asc' },
      });
      expect(creditNotes).toHaveLength(2);

      const documents: Record<string, string> = {};
      for (const [name, invoice] of Object.entries({ multiRate, reverseCharge, toConsumer })) {
        const file = await facturXml(invoice.id);
        expect(file.status).toBe(200);
        expect(file.type).toContain('application/xml');
        documents[name] = file.xml;
      }
      for (const creditNote of creditNotes) {
        documents[creditNote.number] = await loadFacturXml(office.prisma, { creditNoteId: creditNote.id });
      }

      const detail = (await adv.get(`/invoices/${multiRate.id}`)).body;
      expect(detail).toMatchObject({
        customerNote: 'Merci pour votre confiance, à très bientôt !',
        notes: 'Client sensible : relancer par téléphone',
        deliveryAddress: { city: 'Miribel' },
      });
      expect(detail.lines[4]).toMatchObject({ vatCategory: 'E', vatExemptionCode: 'VATEX-FR-CGI261-4' });

      // Last: SaxonJS holds this process (and the in-process API) for a while.
      const reports = await validateCii(documents);
      expect(reports).toEqual(Object.fromEntries(Object.keys(documents).map((name) => [name, []])));
      expect(documents.multiRate).toContain('<ram:Content>Merci pour votre confiance, à très bientôt !</ram:Content>');
      expect(documents.multiRate).not.toContain('relancer par téléphone');
      expect(documents.multiRate).toContain(`<ram:ID>${multiRate.number}</ram:ID>`);
      expect(documents.reverseCharge).toContain('<ram:CategoryCode>AE</ram:CategoryCode>');
      expect(Object.values(documents).filter((xml) => xml.includes('<ram:TypeCode>381</ram:TypeCode>'))).toHaveLength(
        2,
      );
    },
    SCHEMATRON_FIRST_RUN_MS,
  );
});
