import { csvRows, flattenRecord, neutraliseCell, toCsv } from './csv';

describe('CSV exports', () => {
  it.each(['=HYPERLINK("http://evil.test","x")', '+33 6 12', '-2+3', '-1.5e3', '@SUM(A1)', '\tcmd', '\rcmd'])(
    'neutralises %j with a leading single quote',
    (text) => {
      expect(neutraliseCell(text)).toBe(`'${text}`);
    },
  );

  it('leaves plain text, numbers (negative ones too, as text too), booleans and empty cells alone', () => {
    expect(
      ['Menuiserie Caron', 'FACT-2026-001', 'a=b', -1500, '-12.50', 0, true, null, undefined].map(neutraliseCell),
    ).toEqual(['Menuiserie Caron', 'FACT-2026-001', 'a=b', '-1500', '-12.50', '0', 'true', '', '']);
  });

  it('flattens nested objects into dotted columns', () => {
    expect(flattenRecord({ id: 'i1', customer: { name: 'Caron', owner: { fullName: 'Léa' } }, tags: ['a'] })).toEqual({
      id: 'i1',
      'customer.name': 'Caron',
      'customer.owner.fullName': 'Léa',
      tags: ['a'],
    });
  });

  it('separates cells with the delimiter a layout asks for and quotes the cells that contain it', () => {
    expect(csvRows([['VT', 'Dupont; fils', '=1+1']], ';')).toBe(`VT;"Dupont; fils";'=1+1\r\n`);
  });

  it('writes a header of every column and quotes cells as RFC 4180 asks, after neutralising', () => {
    const csv = toCsv([
      {
        number: 'FACT-2026-001',
        customer: { name: '=HYPERLINK("http://evil.test","Cliquez")' },
        totalInclTaxCents: -1200,
      },
      { number: 'FACT-2026-002', customer: { name: 'Dupont, "père"\net fils' }, note: '@x' },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'number,customer.name,totalInclTaxCents,note',
      `FACT-2026-001,"'=HYPERLINK(""http://evil.test"",""Cliquez"")",-1200,`,
      'FACT-2026-002,"Dupont, ""père""\net fils",,\'@x',
      '',
    ]);
  });
});
