import { Injectable } from '@nestjs/common';
import type { Invoice, Prisma } from '../generated/prisma/client';
import type { Role } from '../generated/prisma/enums';
import { PrismaService } from '../prisma/prisma.service';
import { activePlanOf } from '../payment-plans/payment-plan.repository';
import { planLateFromDay } from '../payment-plans/payment-plan-view';

type Db = Prisma.TransactionClient;
type LineRow = Omit<Prisma.InvoiceLineCreateManyInput, 'invoiceId'>;

/** The fields the legal numbering gives an invoice when its approval circuit completes. */
export interface IssuedFields {
  number: string;
  sequence: number;
  year: number;
  issueDate: string;
  dueDate: string;
}

/** What a payment, a credit note or their undoing leaves on the invoice (cents). */
export interface InvoiceBalances {
  paidCents?: number;
  creditedCents?: number;
  balanceCents: number;
  settledAt: Date | null;
}

/** The phases in which a draft may still be edited. */
const EDITABLE_PHASES = ['DRAFT', 'REJECTED'] as const;

/** Every write to the Invoice table, and its row lock; methods take the caller's transaction when there is one. */
@Injectable()
export class InvoiceRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Row lock on one invoice for the rest of the transaction: concurrent retries of a step queue up behind it. */
  async lock(invoiceId: string, tx: Db): Promise<void> {
    await tx.$queryRaw`SELECT id FROM "Invoice" WHERE id = ${invoiceId} FOR UPDATE`;
  }

  /** The invoice if it belongs to the company, with its customer. */
  findInCompany(
    companyId: string,
    id: string,
  ): Promise<Prisma.InvoiceGetPayload<{ include: { customer: true } }> | null> {
    return this.prisma.invoice.findFirst({ where: { id, companyId }, include: { customer: true } });
  }

  create(data: Prisma.InvoiceUncheckedCreateInput, tx: Db = this.prisma): Promise<Invoice> {
    return tx.invoice.create({ data });
  }

  /** A draft and its lines: the lines apart from the INSERT, since a nested create reads the new row back once more. */
  async createWithLines(data: Prisma.InvoiceUncheckedCreateInput, lines: LineRow[], tx: Db): Promise<Invoice> {
    const created = await tx.invoice.create({ data });
    await this.insertLines(
      lines.map((line) => ({ ...line, invoiceId: created.id })),
      tx,
    );
    return created;
  }

  /** A draft's edited lines replace all of its lines. */
  async replaceLines(id: string, lines: LineRow[], tx: Db): Promise<void> {
    await tx.invoiceLine.deleteMany({ where: { invoiceId: id } });
    await this.insertLines(
      lines.map((line) => ({ ...line, invoiceId: id })),
      tx,
    );
  }

  /** Lines of invoices inserted in the same transaction, in one INSERT. */
  async insertLines(lines: Prisma.InvoiceLineCreateManyInput[], tx: Db): Promise<void> {
    await tx.invoiceLine.createMany({ data: lines });
  }

  /** A page of imported invoices in one INSERT; numbers already imported are skipped. The ids actually inserted. */
  async insertPage(data: Prisma.InvoiceCreateManyInput[], tx: Db): Promise<string[]> {
    const inserted = await tx.invoice.createManyAndReturn({ data, skipDuplicates: true, select: { id: true } });
    return inserted.map((row) => row.id);
  }

  /** Edits a draft unless it was submitted meanwhile (the phase guard is in the WHERE); false when it was. */
  async updateDraft(id: string, data: Prisma.InvoiceUncheckedUpdateManyInput, tx: Db = this.prisma): Promise<boolean> {
    const { count } = await tx.invoice.updateMany({ where: { id, phase: { in: [...EDITABLE_PHASES] } }, data });
    return count === 1;
  }

  /** Claims a draft for its workflow (guarded update); false when another submission claimed it first. */
  async claimDraft(id: string, workflowId: string): Promise<boolean> {
    const { count } = await this.prisma.invoice.updateMany({
      where: { id, phase: 'DRAFT' },
      data: { phase: 'AWAITING_APPROVAL', workflowId, submittedAt: new Date() },
    });
    return count === 1;
  }

  /** Undoes claimDraft when Temporal refused to start the workflow. */
  async releaseDraft(id: string): Promise<void> {
    await this.prisma.invoice.update({ where: { id }, data: { phase: 'DRAFT', workflowId: null, submittedAt: null } });
  }

  setWorkflowId(id: string, workflowId: string | null, tx: Db = this.prisma): Promise<Invoice> {
    return tx.invoice.update({ where: { id }, data: { workflowId } });
  }

  async startApprovalRound(id: string, round: number, submittedAt: Date | undefined): Promise<void> {
    await this.prisma.invoice.update({
      where: { id },
      data: { phase: 'AWAITING_APPROVAL', approvalRound: round, rejectionReason: null, submittedAt },
    });
  }

  async recordApprovalStage(id: string, level: number, levelsTotal: number, role: Role | null): Promise<void> {
    await this.prisma.invoice.update({
      where: { id },
      data: { approvalLevel: level, approvalLevelsTotal: levelsTotal, pendingApprovalRole: role },
    });
  }

  async markRejected(id: string, reason: string | undefined, tx: Db = this.prisma): Promise<void> {
    await tx.invoice.update({
      where: { id },
      data: { phase: 'REJECTED', rejectionReason: reason, pendingApprovalRole: null },
    });
  }

  async recordIssued(id: string, issued: IssuedFields, tx: Db): Promise<void> {
    const { number, sequence, year, issueDate, dueDate } = issued;
    await tx.invoice.update({
      where: { id },
      data: {
        number,
        sequence,
        year,
        issueDate: new Date(issueDate),
        dueDate: new Date(dueDate),
        phase: 'ISSUED',
        approvalLevel: null,
        pendingApprovalRole: null,
      },
    });
  }

  scheduleSending(id: string, scheduledAt: string | null | undefined): Promise<Invoice> {
    return this.prisma.invoice.update({
      where: { id },
      data: { scheduledSendAt: scheduledAt ? new Date(scheduledAt) : null },
    });
  }

  async markSent(id: string, sentAt: Date, tx: Db = this.prisma): Promise<void> {
    await tx.invoice.update({ where: { id }, data: { phase: 'SENT', sentAt, scheduledSendAt: null } });
  }

  recordDispute(id: string, disputed: boolean, reason: string | undefined, tx: Db = this.prisma): Promise<Invoice> {
    return tx.invoice.update({ where: { id }, data: { disputed, disputeReason: disputed ? reason : null } });
  }

  recordPromise(
    id: string,
    date: string,
    tx: Db = this.prisma,
  ): Promise<Prisma.InvoiceGetPayload<{ include: { company: true } }>> {
    return tx.invoice.update({
      where: { id },
      data: { promisedPaymentDate: new Date(date) },
      include: { company: true },
    });
  }

  /** New balances move an active plan's first unpaid installment, from which lateness counts. */
  async recordBalances(id: string, balances: InvoiceBalances, tx: Db): Promise<void> {
    const invoice = await tx.invoice.update({ where: { id }, data: balances });
    const plan = await activePlanOf(id, tx);
    if (plan || invoice.planLateFrom) {
      const coveredCents = Number(invoice.paidCents) + Number(invoice.creditedCents);
      await this.recordPlanLateFrom(id, plan && planLateFromDay(plan, coveredCents), tx);
    }
  }

  /** The day lateness counts from under an active payment plan (null: no plan, lateness counts from the due date). */
  async recordPlanLateFrom(id: string, day: string | null, tx: Db = this.prisma): Promise<void> {
    await tx.invoice.update({ where: { id }, data: { planLateFrom: day ? new Date(day) : null } });
  }

  async recordPolicyVersion(id: string, dunningPolicyVersionId: string, tx: Db): Promise<void> {
    await tx.invoice.update({ where: { id }, data: { dunningPolicyVersionId } });
  }

  recordDunningStage(id: string, dunningStage: string, tx: Db): Promise<Invoice> {
    return tx.invoice.update({ where: { id }, data: { dunningStage } });
  }

  /** The 40 € recovery indemnity is claimed once per invoice: a later claim keeps the first instant. */
  async claimRecoveryIndemnity(id: string, at: Date): Promise<void> {
    await this.prisma.invoice.updateMany({
      where: { id, recoveryIndemnityClaimedAt: null },
      data: { recoveryIndemnityClaimedAt: at },
    });
  }

  /** A paid invoice whose payment was undone: not settled any more, back at the last dunning step it reached. */
  async recordReopened(id: string, dunningStage: string | null, tx: Db): Promise<void> {
    await tx.invoice.update({ where: { id }, data: { settledAt: null, dunningStage } });
  }

  /** The end of its life: settled (kept if already) and its outcome as the last dunning stage. */
  async recordClosed(id: string, outcome: string, settledAt: Date, tx: Db): Promise<void> {
    await tx.invoice.update({ where: { id }, data: { settledAt, dunningStage: outcome } });
  }
}
