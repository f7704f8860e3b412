import { applyDecorators, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { Request } from 'express';
import { badRequest } from '../common/http-errors';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
export const IDEMPOTENCY_KEY_MAX_LENGTH = 255;

const VISIBLE_ASCII = /^[\x20-\x7e]+$/;

function malformed(message: string): never {
  throw badRequest([{ field: IDEMPOTENCY_KEY_HEADER, message }]);
}

// The IETF draft sends the key as a Structured Field string ("…"); a bare token is accepted too, as most clients send one.
function unquote(raw: string): string {
  if (!raw.startsWith('"')) {
    return raw;
  }
  const quoted = /^"((?:[^"\\]|\\["\\])*)"$/.exec(raw);
  if (!quoted) {
    malformed('must be a quoted string "…" (escaping only \\" and \\\\) or a bare token');
  }
  return quoted[1].replace(/\\(["\\])/g, '$1');
}

/** The client's key, checked (1–255 visible ASCII characters), or undefined when the header is absent. */
export function parseIdempotencyKey(raw: string | undefined): string | undefined {
  if (raw === undefined) {
    return undefined;
  }
  const key = unquote(raw.trim());
  if (key.length === 0) {
    malformed('must not be empty');
  }
  if (key.length > IDEMPOTENCY_KEY_MAX_LENGTH) {
    malformed(`must be at most ${IDEMPOTENCY_KEY_MAX_LENGTH} characters`);
  }
  if (!VISIBLE_ASCII.test(key)) {
    malformed('must contain visible ASCII characters only');
  }
  return key;
}

/** The Idempotency-Key header of the request, validated (400 naming the header when malformed). */
export const IdempotencyKey = createParamDecorator((_: unknown, ctx: ExecutionContext): string | undefined => {
  return parseIdempotencyKey(ctx.switchToHttp().getRequest<Request>().get(IDEMPOTENCY_KEY_HEADER));
});

/** Documents the header in the OpenAPI of an operation that takes it. */
export const ApiIdempotencyKey = () =>
  applyDecorators(
    ApiHeader({
      name: IDEMPOTENCY_KEY_HEADER,
      required: false,
      schema: { type: 'string', minLength: 1, maxLength: IDEMPOTENCY_KEY_MAX_LENGTH },
      description:
        'IETF draft "The Idempotency-Key HTTP Header Field": a retry with the same key and payload is applied once and answers the same; ' +
        'the same key with another payload answers 422; a malformed key (empty, over 255 characters, not visible ASCII) answers 400. ' +
        'Keys are scoped to the action, the invoice and the user.',
    }),
  );
