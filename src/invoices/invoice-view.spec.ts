import { nextActionOf, type InvoiceSummary } from './invoice-view';

const sent = (overrides: Partial<InvoiceSummary> = {}) =>
  ({
    phase: 'SENT',
    balanceCents: 12000,
    disputed: false,
    promisedPaymentDate: null,
    scheduledSendAt: null,
    approval: null,
    ...overrides,
  }) as InvoiceSummary;
const step = { key: 'D+15', label: 'Relance ferme + SMS', plannedAt: new Date('2026-12-08T08:00:00Z') };

describe('nextActionOf', () => {
  it('names the next dunning step with its label and instant', () => {
    expect(nextActionOf(sent(), step, '2026-11-23')).toEqual({
      code: 'DUNNING_STEP',
      label: 'Relance D+15 : Relance ferme + SMS',
      at: '2026-12-08T08:00:00.000Z',
    });
  });

  it('reports the pause while a promise to pay runs, including on the promised day', () => {
    expect(nextActionOf(sent({ promisedPaymentDate: '2026-12-03' }), step, '2026-12-03')).toMatchObject({
      code: 'AWAIT_PROMISE',
      label: "Promesse de paiement : relances suspendues jusqu'au 03/12/2026",
    });
    expect(nextActionOf(sent({ promisedPaymentDate: '2026-12-03' }), step, '2026-12-04')).toMatchObject({
      code: 'DUNNING_STEP',
    });
  });

  it('puts a dispute before everything else once the invoice is sent, and nothing once settled', () => {
    expect(nextActionOf(sent({ disputed: true, promisedPaymentDate: '2026-12-03' }), step, '2026-11-23')).toMatchObject(
      { code: 'RESOLVE_DISPUTE' },
    );
    expect(nextActionOf(sent({ balanceCents: 0 }), step, '2026-11-23')).toBeNull();
  });
});
