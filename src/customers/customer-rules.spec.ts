import {
  changesOf,
  identityErrors,
  mayChooseDunning,
  nullRequiredFieldErrors,
  type CustomerIdentity,
} from './customer-rules';

const business: CustomerIdentity = {
  isBusiness: true,
  siren: '552100554',
  siret: '55210055400021',
  vatNumber: 'FR96552100554',
  country: 'FR',
  postalCode: '75008',
};
const all = new Set(['isBusiness', 'siren', 'siret', 'vatNumber', 'country', 'postalCode']);

describe('customer record rules', () => {
  it('accepts a consistent business identity', () => {
    expect(identityErrors(business, all)).toEqual([]);
  });

  it('requires a SIREN for a business, not for a private person', () => {
    expect(identityErrors({ ...business, siren: null, siret: null, vatNumber: null }, all)).toEqual([
      { field: 'siren', message: 'is required for a business customer' },
    ]);
    expect(identityErrors({ ...business, isBusiness: false, siren: null, siret: null, vatNumber: null }, all)).toEqual(
      [],
    );
  });

  it('ties the SIRET and the VAT number to the SIREN', () => {
    const errors = identityErrors({ ...business, siren: '812345676' }, all);
    expect(errors.map((e) => e.field)).toEqual(['siret', 'vatNumber']);
  });

  it('wants 5-digit postal codes in France only', () => {
    expect(identityErrors({ ...business, postalCode: '7500' }, all)).toEqual([
      { field: 'postalCode', message: 'must be 5 digits in France' },
    ]);
    expect(identityErrors({ ...business, country: 'BE', postalCode: '1000' }, all)).toEqual([]);
  });

  it('only checks the rules touching a changed field', () => {
    const legacy = { ...business, siret: '40305211100021' };
    expect(identityErrors(legacy, new Set(['postalCode']))).toEqual([]);
    expect(identityErrors(legacy, new Set(['siren']))).toHaveLength(1);
  });

  it('lists the fields that really change', () => {
    expect(
      changesOf(
        { name: 'A', profile: 'NEW', notes: null },
        { name: 'A', profile: 'VIP', notes: undefined, ownerId: null },
      ),
    ).toEqual({ profile: { from: 'NEW', to: 'VIP' } });
    expect(changesOf({ notes: 'x' }, { notes: null })).toEqual({ notes: { from: 'x', to: null } });
  });

  it('refuses to clear a required field', () => {
    expect(nullRequiredFieldErrors({ name: null, notes: null })).toEqual([
      { field: 'name', message: 'must not be null' },
    ]);
  });

  it('lets managers and above choose the dunning', () => {
    expect(mayChooseDunning('SALES')).toBe(false);
    expect(mayChooseDunning('ADV')).toBe(false);
    expect(mayChooseDunning('FINANCE_DIRECTOR')).toBe(true);
    expect(mayChooseDunning('ADMIN')).toBe(true);
  });
});
