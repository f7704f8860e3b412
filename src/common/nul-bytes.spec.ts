import { BadRequestException } from '@nestjs/common';
import { nulBytePath, RejectNulBytesPipe } from './nul-bytes';

describe('NUL bytes', () => {
  it('finds the path of the first string or key holding U+0000', () => {
    expect(nulBytePath({ customerId: 'c', lines: [{ description: 'ok' }, { description: 'a\u0000b' }] })).toBe(
      'lines.1.description',
    );
    expect(nulBytePath({ ['ev\u0000il']: 1 })).toBe('ev\u0000il');
    expect(nulBytePath('\u0000', 'q')).toBe('q');
    expect(nulBytePath({ quantity: 1, note: null, lines: [], ok: 'fine' })).toBeUndefined();
  });

  it('answers 400 naming the field, prefixed by the parameter name', () => {
    const pipe = new RejectNulBytesPipe();
    expect(pipe.transform({ q: 'plain' }, { type: 'query' })).toEqual({ q: 'plain' });
    const refusal = (() => {
      try {
        pipe.transform({ q: '%\u0000' }, { type: 'query' });
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(BadRequestException);
    expect((refusal as BadRequestException).getResponse()).toMatchObject({
      statusCode: 400,
      fields: [{ field: 'q', message: 'must not contain a NUL byte (U+0000)' }],
    });
    expect(() => pipe.transform('\u0000', { type: 'param', data: 'id' })).toThrow('id: must not contain a NUL byte');
  });
});
