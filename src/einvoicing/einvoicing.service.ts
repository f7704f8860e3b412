import { Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import { loadInvoice } from '../documents/document-data';
import { invoiceFacts } from '../documents/document-facts';
import { PrismaService } from '../prisma/prisma.service';
import { buildInvoiceCii } from './factur-x';
import { FacturXNotPossibleError, facturXProblems, type FacturXProblem } from './facturx-requirements';

/** A 422 naming every field that keeps the invoice from making a valid Factur-X. */
export function facturXRefusal(problems: FacturXProblem[]): UnprocessableEntityException {
  const message = `The invoice cannot make a valid Factur-X: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`;
  return new UnprocessableEntityException({
    statusCode: 422,
    error: 'Unprocessable Entity',
    message,
    fields: problems,
  });
}

/** Factur-X for the API: the XML of an issued invoice, and the check an approval must pass first. */
@Injectable()
export class EInvoicingService {
  constructor(private readonly prisma: PrismaService) {}

  /** The issued invoice's factur-x.xml; a draft (no number yet) or another company's invoice is a 404. */
  async invoiceXml(user: AuthUser, invoiceId: string): Promise<{ number: string; xml: string }> {
    const owned = await this.prisma.invoice.findFirst({
      where: { id: invoiceId, companyId: user.companyId },
      select: { number: true, externalNumber: true },
    });
    const number = owned?.number ?? owned?.externalNumber;
    if (!number) {
      throw new NotFoundException(`Invoice ${invoiceId} not found, or a draft (a draft has no Factur-X)`);
    }
    try {
      return { number, xml: buildInvoiceCii(await loadInvoice(this.prisma, invoiceId)) };
    } catch (error) {
      if (error instanceof FacturXNotPossibleError) {
        throw facturXRefusal(error.problems);
      }
      throw error;
    }
  }

  /** Refuses (422) an approval that would issue an invoice without a valid Factur-X. */
  async assertApprovable(invoiceId: string): Promise<void> {
    const problems = facturXProblems(invoiceFacts(await loadInvoice(this.prisma, invoiceId)));
    if (problems.length > 0) {
      throw facturXRefusal(problems);
    }
  }
}
