import { RefusalType } from '../../workflows/invoice.contract';

/** A business refusal (draft invoice archived, receipt of an unpaid invoice…); named so Temporal does not retry it. */
export class UnprocessableDocumentError extends Error {
  override name = RefusalType.UNPROCESSABLE;
}

/** A stored PDF whose bytes no longer match the sha256 recorded when it was archived. */
export class DocumentTamperedError extends Error {
  override name = 'DocumentTampered';
}

export class SofficeNotFoundError extends Error {
  override name = 'SofficeNotFound';
}

export class RenderTimeoutError extends Error {
  override name = 'RenderTimeout';
}

/** A template that docx-templates cannot fill (unknown data path, broken command). */
export class TemplateError extends Error {
  override name = 'TemplateError';
}
