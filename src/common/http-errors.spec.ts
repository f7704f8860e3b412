import { flattenValidationErrors } from './http-errors';

describe('flattenValidationErrors', () => {
  it('names nested fields with their path', () => {
    const errors = [
      {
        property: 'lines',
        children: [
          {
            property: '0',
            children: [
              { property: 'quantity', constraints: { isPositive: 'quantity must be a positive number' }, children: [] },
            ],
          },
        ],
      },
      { property: 'customerId', constraints: { isUuid: 'customerId must be a UUID' }, children: [] },
    ];
    expect(flattenValidationErrors(errors)).toEqual([
      { field: 'lines.0.quantity', message: 'must be a positive number' },
      { field: 'customerId', message: 'must be a UUID' },
    ]);
  });
});
