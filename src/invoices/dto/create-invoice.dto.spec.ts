import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { flattenValidationErrors } from '../../common/http-errors';
import { MAX_AMOUNT_CENTS, MAX_QUANTITY } from '../../common/money-limits';
import { CreateInvoiceDto } from './create-invoice.dto';

const CUSTOMER_ID = '7b0a9c1e-2f3d-4e5f-8a9b-0c1d2e3f4a5b';
const line = (overrides: Record<string, unknown> = {}) => ({
  description: 'Prestation',
  quantity: 1,
  unitPriceCents: 100,
  vatRate: 0,
  ...overrides,
});

async function failingFields(lines: object[]): Promise<string[]> {
  const errors = await validate(plainToInstance(CreateInvoiceDto, { customerId: CUSTOMER_ID, lines }), {
    whitelist: true,
    forbidNonWhitelisted: true,
  });
  return flattenValidationErrors(errors).map((error) => error.field);
}

describe('CreateInvoiceDto money limits', () => {
  it('accepts the largest amount and the largest quantity', async () => {
    expect(await failingFields([line({ unitPriceCents: MAX_AMOUNT_CENTS })])).toEqual([]);
    expect(await failingFields([line({ quantity: MAX_QUANTITY })])).toEqual([]);
  });

  it('names the field one step beyond its limit', async () => {
    expect(await failingFields([line({ unitPriceCents: MAX_AMOUNT_CENTS + 1 })])).toEqual(['lines.0.unitPriceCents']);
    expect(await failingFields([line({ quantity: MAX_QUANTITY + 0.001 })])).toEqual(['lines.0.quantity']);
  });

  it('names lines when valid lines add up beyond the maximum, VAT included', async () => {
    expect(await failingFields([line({ unitPriceCents: MAX_AMOUNT_CENTS }), line({ unitPriceCents: 1 })])).toEqual([
      'lines',
    ]);
    expect(await failingFields([line({ unitPriceCents: MAX_AMOUNT_CENTS, vatRate: 20 })])).toEqual(['lines']);
    expect(await failingFields([line({ quantity: MAX_QUANTITY, unitPriceCents: MAX_AMOUNT_CENTS })])).toEqual([
      'lines',
    ]);
  });

  it('draws the line at the total incl. VAT to the cent (833 333 333,33 € + 20 % is exactly the maximum)', async () => {
    expect(await failingFields([line({ unitPriceCents: 833_333_333_333, vatRate: 20 })])).toEqual([]);
    expect(await failingFields([line({ unitPriceCents: 833_333_333_334, vatRate: 20 })])).toEqual(['lines']);
  });
});
