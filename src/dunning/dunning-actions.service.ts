import { Injectable } from '@nestjs/common';
import { dunningSettingsOf } from '../companies/company-settings';
import { DocumentsService } from '../documents/documents.service';
import type { CreatedTask } from '../../workflows/activities.contract';
import type { MessageVariables } from '../messages/message-variables';
import { MessageRepository } from '../notifications/message.repository';
import { loadInvoiceContext, type InvoiceContext } from '../outreach/invoice-context';
import { dunningVariables, penaltyFigures } from '../outreach/invoice-message-variables';
import { OutreachService } from '../outreach/outreach.service';
import { InvoiceRepository } from '../invoices/invoice.repository';
import { PlanDunningAmount } from '../payment-plans/plan-dunning-amount';
import { PrismaService } from '../prisma/prisma.service';
import { TaskRepository } from '../tasks/task.repository';
import type { TaskType } from '../generated/prisma/enums';
import { withHeartbeat } from '../temporal/heartbeat';
import { addBusinessDays } from './calendar';
import { FORMAL_NOTICE_DEADLINE_DAYS } from './interest';
import type { ActionResult, DunningActivities } from '../../workflows/activities.contract';
import type { DunningAction, DunningAssignee, DunningStepDefinition } from './policy';

type ActionInput = Parameters<DunningActivities['performDunningAction']>[0];

interface ActionScope {
  input: ActionInput;
  ctx: InvoiceContext;
  step: DunningStepDefinition;
  at: Date;
  vars: MessageVariables;
}

const TASK_DUE_BUSINESS_DAYS = 2;
const NONE: ActionResult = { messageIds: [], tasks: [] };

/** One action of one dunning step, idempotent by its key: an email, an SMS, a task, a notification or a formal notice. */
@Injectable()
export class DunningActionsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly invoices: InvoiceRepository,
    private readonly messages: MessageRepository,
    private readonly outreach: OutreachService,
    private readonly tasks: TaskRepository,
    private readonly documents: DocumentsService,
    private readonly planAmount: PlanDunningAmount,
  ) {}

  async perform(input: ActionInput): Promise<ActionResult> {
    return withHeartbeat(async () => {
      const ctx = await loadInvoiceContext(this.prisma, input.invoiceId);
      const version = await this.prisma.dunningPolicyVersion.findUniqueOrThrow({
        where: { id: ctx.dunningPolicyVersionId! },
      });
      const step = (version.steps as unknown as DunningStepDefinition[]).find((s) => s.key === input.stepKey)!;
      const at = new Date(input.at);
      // Late penalties and the 40 € indemnity exist between businesses only (L441-10).
      const mentionPenalties = step.flags.mentionPenalties && ctx.customer.isBusiness;
      const scope = {
        input,
        ctx,
        step,
        at,
        vars: {
          ...dunningVariables(ctx, at, mentionPenalties),
          customerPhone: ctx.customer.phone,
          ...(await this.planAmount.variables(ctx, at)),
        },
      };
      if (mentionPenalties) {
        await this.claimIndemnityOnce(ctx, at);
      }
      return this.byType(scope, input.action);
    });
  }

  private byType(scope: ActionScope, action: DunningAction): Promise<ActionResult> {
    switch (action.type) {
      case 'EMAIL':
        return this.email(scope, action);
      case 'SMS':
        return this.sms(scope, action);
      case 'CALL_TASK':
        return this.task(scope, action, 'CALL');
      case 'ESCALATION':
        return this.task(scope, action, 'ESCALATION');
      case 'INTERNAL_NOTIFICATION':
        return this.notify(scope, action);
      case 'FORMAL_NOTICE':
        return this.formalNotice(scope, action);
    }
  }

  private async email({ input, ctx, step, vars }: ActionScope, action: DunningAction): Promise<ActionResult> {
    const owner = ctx.customer.owner;
    const cc = [step.flags.copyOwner && owner?.email, step.flags.copyManager && owner?.manager?.email].filter(
      (e): e is string => Boolean(e),
    );
    const message = await this.outreach.emailCustomer({
      ctx,
      template: action.template,
      vars,
      idempotencyKey: input.idempotencyKey,
      step: input.stepKey,
      cc,
    });
    return { messageIds: [message.id], tasks: [] };
  }

  private async sms({ input, ctx, vars }: ActionScope, action: DunningAction): Promise<ActionResult> {
    const message = await this.outreach.smsDecisionMaker({
      ctx,
      template: action.template,
      vars,
      idempotencyKey: input.idempotencyKey,
      step: input.stepKey,
    });
    return message ? { messageIds: [message.id], tasks: [] } : NONE;
  }

  private async notify({ input, ctx, vars }: ActionScope, action: DunningAction): Promise<ActionResult> {
    const user = await this.outreach.staffFor(ctx, action.assignee ?? 'OWNER');
    if (!user) {
      return NONE;
    }
    const message = await this.outreach.notifyUser({
      companyId: ctx.companyId,
      invoiceId: ctx.id,
      userId: user.id,
      template: action.template,
      idempotencyKey: input.idempotencyKey,
      step: input.stepKey,
      vars: { ...vars, recipientName: user.fullName, invoiceUrl: this.outreach.invoiceUrl(ctx.id) },
    });
    return { messageIds: [message.id], tasks: [] };
  }

  private async task(scope: ActionScope, action: DunningAction, type: TaskType): Promise<ActionResult> {
    const task = await this.createTask(
      scope,
      action.template,
      action.assignee ?? 'OWNER',
      type,
      scope.input.idempotencyKey,
    );
    return { messageIds: [], tasks: task ? [task] : [] };
  }

  private async createTask(
    { ctx, at, vars }: ActionScope,
    template: string,
    assignee: DunningAssignee,
    type: TaskType,
    key: string,
  ): Promise<CreatedTask | undefined> {
    const user = await this.outreach.staffFor(ctx, assignee);
    const { subject, text } = this.outreach.render(template, {
      ...vars,
      recipientName: user?.fullName ?? '',
      invoiceUrl: this.outreach.invoiceUrl(ctx.id),
    });
    const task = await this.tasks.createOnce({
      idempotencyKey: key,
      companyId: ctx.companyId,
      invoiceId: ctx.id,
      type,
      title: subject ?? template,
      description: text,
      assigneeId: user?.id,
      dueAt: addBusinessDays(at, TASK_DUE_BUSINESS_DAYS, dunningSettingsOf(ctx.company)),
    });
    return { taskId: task.id, dueAt: task.dueAt.toISOString() };
  }

  /** Mise en demeure: the PDF letter, a task for ADV to post it by LRAR, and a copy emailed to the customer. */
  private async formalNotice(scope: ActionScope, action: DunningAction): Promise<ActionResult> {
    const { input, ctx, at } = scope;
    const figures = penaltyFigures(ctx, at);
    const deadline = new Date(at.getTime() + FORMAL_NOTICE_DEADLINE_DAYS * 86_400_000);
    const document = await this.documents.archiveFormalNoticePdf(ctx.id, `${input.idempotencyKey}:pdf`, {
      balanceCents: ctx.balanceCents,
      interestCents: figures.interestCents,
      indemnityCents: figures.indemnityCents,
      daysLate: figures.daysLate,
      deadline,
      letterDate: at,
    });
    const letter = await this.recordLetter(ctx, input, document.id);
    const task = await this.createTask(
      scope,
      'tasks/formal-notice',
      action.assignee ?? 'ADV',
      'POST_FORMAL_NOTICE',
      `${input.idempotencyKey}:post`,
    );
    const copy = await this.outreach.emailCustomer({
      ctx,
      template: action.template,
      vars: { ...scope.vars, mentionPenalties: ctx.customer.isBusiness },
      idempotencyKey: `${input.idempotencyKey}:email`,
      step: input.stepKey,
      documentIds: [document.id],
    });
    return { messageIds: [letter.id, copy.id], tasks: task ? [task] : [] };
  }

  // The registered letter itself leaves by post: recorded as an outbox letter that ADV's task completes.
  private recordLetter(ctx: InvoiceContext, input: ActionInput, documentId: string) {
    const key = `${input.idempotencyKey}:letter`;
    const c = ctx.customer;
    const recipient = [c.name, c.addressLine1, c.addressLine2, `${c.postalCode} ${c.city}`].filter(Boolean).join(', ');
    return this.messages.insertOnce({
      companyId: ctx.companyId,
      invoiceId: ctx.id,
      channel: 'LETTER',
      recipient,
      subject: 'Mise en demeure (LRAR)',
      body: 'Mise en demeure de payer, à envoyer en recommandé avec accusé de réception.',
      step: input.stepKey,
      idempotencyKey: key,
      status: 'OUTBOX',
      provider: 'lrar',
      documentIds: [documentId],
    });
  }

  /** The 40 € recovery indemnity is claimed once per invoice, at the first step that mentions penalties. */
  private async claimIndemnityOnce(ctx: InvoiceContext, at: Date): Promise<void> {
    await this.invoices.claimRecoveryIndemnity(ctx.id, at);
  }
}
