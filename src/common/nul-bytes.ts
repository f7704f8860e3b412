import type { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import { badRequest } from './http-errors';

/** The path ("lines.1.description") of the first string or key holding U+0000, or undefined. */
export function nulBytePath(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') {
    return value.includes('\u0000') ? path : undefined;
  }
  if (value === null || typeof value !== 'object') {
    return undefined;
  }
  for (const [key, child] of Object.entries(value)) {
    const childPath = path ? `${path}.${key}` : key;
    const found = key.includes('\u0000') ? childPath : nulBytePath(child, childPath);
    if (found !== undefined) {
      return found;
    }
  }
  return undefined;
}

/** PostgreSQL text cannot hold U+0000: a body, query, path or header value carrying one is a 400 naming it, before any validation. */
export class RejectNulBytesPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    const field = nulBytePath(value, metadata.data ?? '');
    if (field !== undefined) {
      throw badRequest([{ field: field || metadata.type, message: 'must not contain a NUL byte (U+0000)' }]);
    }
    return value;
  }
}
