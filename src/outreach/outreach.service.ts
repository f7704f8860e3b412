import path from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import type { Message } from '../generated/prisma/client';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { DocumentsService } from '../documents/documents.service';
import { renderMessage, type RenderedMessage } from '../messages/message-renderer';
import type { MessageVariables } from '../messages/message-variables';
import { MessageLedgerService } from '../notifications/message-ledger.service';
import { companyTimeZone } from '../companies/company-settings';
import { PortalLinksService } from '../portal/portal-links.service';
import { portalFooter } from '../portal/portal-footer';
import { PrismaService } from '../prisma/prisma.service';
import type { InvoiceContext } from './invoice-context';

export interface Outgoing {
  ctx: InvoiceContext;
  template: string;
  /** Template variables (interfaces from messages/message-variables.ts, or any flat record). */
  vars: object;
  idempotencyKey: string;
  step: string;
}

/** Renders a French message template and hands it to the message ledger (which sends each key once). */
@Injectable()
export class OutreachService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly ledger: MessageLedgerService,
    private readonly documents: DocumentsService,
    private readonly portalLinks: PortalLinksService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  render(template: string, vars: object): RenderedMessage {
    return renderMessage(path.resolve(this.config.TEMPLATES_DIR, 'messages'), template, vars as MessageVariables);
  }

  /** Email to the customer's billing contact, with archived documents attached, optional copies to staff, ending with its portal link. */
  async emailCustomer(out: Outgoing & { documentIds?: string[]; cc?: string[] }): Promise<Message> {
    const message = this.render(out.template, out.vars);
    const footer = portalFooter(
      await this.portalLinks.linkFor(out.ctx.customer, out.idempotencyKey),
      companyTimeZone(out.ctx.company),
    );
    const attachments = await Promise.all(
      (out.documentIds ?? []).map(async (id) => {
        const { document, content } = await this.documents.read(id);
        return { filename: document.fileName, content, contentType: 'application/pdf' };
      }),
    );
    return this.ledger.sendEmail({
      idempotencyKey: out.idempotencyKey,
      companyId: out.ctx.companyId,
      invoiceId: out.ctx.id,
      step: out.step,
      template: out.template,
      to: out.ctx.customer.billingEmail,
      cc: out.cc,
      subject: message.subject ?? out.template,
      text: `${message.text}\n\n${footer.text}`,
      storedText: `${message.text}\n\n${footer.storedText}`,
      html: `${message.html}\n${footer.html}`,
      attachments,
      documentIds: out.documentIds,
    });
  }

  /** SMS to the customer's decision-maker; undefined when no mobile number is known. */
  async smsDecisionMaker(out: Outgoing): Promise<Message | undefined> {
    const to = out.ctx.customer.decisionMakerMobile;
    if (!to) {
      return undefined;
    }
    const message = this.render(out.template, out.vars);
    return this.ledger.sendSms({
      idempotencyKey: out.idempotencyKey,
      companyId: out.ctx.companyId,
      invoiceId: out.ctx.id,
      step: out.step,
      template: out.template,
      to,
      body: message.text,
    });
  }

  /** In-app notification for a staff user, copied to their email. */
  async notifyUser(input: {
    companyId: string;
    invoiceId?: string;
    userId: string;
    template: string;
    vars: object;
    idempotencyKey: string;
    step: string;
  }): Promise<Message> {
    const message = this.render(input.template, input.vars);
    return this.ledger.notifyUser({
      idempotencyKey: input.idempotencyKey,
      companyId: input.companyId,
      invoiceId: input.invoiceId,
      step: input.step,
      template: input.template,
      userId: input.userId,
      subject: message.subject ?? input.template,
      text: message.text,
    });
  }

  invoiceUrl(invoiceId: string): string {
    return `${this.config.PUBLIC_URL}/#/invoices/${invoiceId}/show`;
  }

  /** The user that should take something up for a customer: its owner, the owner's manager, or ADV. */
  async staffFor(
    ctx: InvoiceContext,
    who: 'OWNER' | 'OWNER_MANAGER' | 'ADV',
  ): Promise<{ id: string; fullName: string } | undefined> {
    const owner = ctx.customer.owner;
    if (who === 'OWNER' && owner) {
      return owner;
    }
    if (who === 'OWNER_MANAGER' && owner?.manager) {
      return owner.manager;
    }
    const fallbackRole = who === 'ADV' ? 'ADV' : 'MANAGER';
    return (
      (await this.prisma.user.findFirst({
        where: { companyId: ctx.companyId, role: fallbackRole, active: true },
        orderBy: { createdAt: 'asc' },
      })) ?? undefined
    );
  }
}
