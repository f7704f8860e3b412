// Every shipped message template renders with realistic values, in the right shape for its channel.
import { join } from 'node:path';
import { formatEuros, formatRate } from '../common/money';
import { defaultPolicyTemplates } from '../dunning/default-policies';
import { RECOVERY_INDEMNITY_CENTS } from '../dunning/interest';
import { formatFrenchDate, isGsm7 } from './format';
import { listTemplates, renderMessage, templateVariables } from './message-renderer';
import { MessageVariables } from './message-variables';

const TEMPLATES_DIR = join(__dirname, '../../templates/messages');

/** A 15-days-late invoice of a typical SME, with every variable any template reads. */
const VARS: MessageVariables = {
  customerName: 'Menuiserie Lefèvre SARL',
  contactName: 'Sophie Lefèvre',
  invoiceNumber: 'FACT-2026-042',
  issueDate: formatFrenchDate('2026-04-01'),
  dueDate: formatFrenchDate('2026-05-01'),
  amountDue: formatEuros(432_000),
  totalAmount: formatEuros(732_000),
  daysLate: 15,
  daysUntilDue: -15,
  sellerName: 'Atelier Numérique SAS',
  sellerPhone: '01 84 60 12 34',
  sellerEmail: 'compta@atelier-numerique.fr',
  iban: 'FR76 3000 6000 0112 3456 7890 189',
  bic: 'AGRIFRPP',
  ownerName: 'Julien Moreau',
  mentionPenalties: true,
  penaltyRate: formatRate(1215),
  interestAccrued: formatEuros(2157),
  indemnity: formatEuros(RECOVERY_INDEMNITY_CENTS),
  amountWithPenalties: formatEuros(432_000 + 2157 + RECOVERY_INDEMNITY_CENTS),
  recipientName: 'Julien Moreau',
  invoiceUrl: 'https://acquitte.example.fr/invoices/3f2a9c',
  customerPhone: '06 12 34 56 78',
  paymentDate: formatFrenchDate('2026-05-20'),
  paymentMethod: 'virement bancaire',
  creditNoteNumber: 'AV-2026-007',
  creditNoteDate: formatFrenchDate('2026-05-10'),
  creditNoteAmount: formatEuros(120_000),
  invoiceReference: 'brouillon du 28/03/2026, réf. 3f2a9c',
  creatorName: 'Camille Bernard',
  approverName: 'Thomas Petit',
  level: 1,
  levels: 2,
  waitingSince: '30/03/2026 à 10:15',
  rejectionReason: 'Le taux de TVA de la ligne 2 doit être de 10 %.',
  channel: 'email',
  recipient: 'compta@lefevre-menuiserie.fr',
  attemptedAt: '16/05/2026 à 09:00',
  installmentNumber: 2,
  installmentsTotal: 3,
  installmentDueDate: formatFrenchDate('2026-06-15'),
  installmentAmount: formatEuros(144_000),
};

/** The contract with callers: templates may only read these (see message-variables.ts). */
const KNOWN_VARIABLES = new Set(Object.keys(VARS));
const SMS_LIMIT = 320;
const templates = listTemplates(TEMPLATES_DIR);
const isSms = (name: string) => name.endsWith('-sms');
const render = (name: string, vars: MessageVariables = VARS) => renderMessage(TEMPLATES_DIR, name, vars);

describe('message templates', () => {
  it('cover every template the default policies and the invoice lifecycle use', () => {
    const lifecycle = [
      'invoice/sent',
      'invoice/receipt',
      'invoice/credit-note',
      'formal-notice/cover-email',
      'approval/request',
      'approval/reminder',
    ];
    const internal = [
      'approval/escalation',
      'approval/rejected',
      'internal/d0-alert',
      'internal/call-suggestion',
      'tasks/formal-notice',
    ];
    const tasks = ['tasks/approval-escalation', 'tasks/verify-uncertain-message'];
    expect(templates).toEqual(
      expect.arrayContaining([...defaultPolicyTemplates(), ...lifecycle, ...internal, ...tasks]),
    );
  });

  it.each(templates)('%s reads only known variables', (name) => {
    expect(templateVariables(TEMPLATES_DIR, name).filter((variable) => !KNOWN_VARIABLES.has(variable))).toEqual([]);
  });

  it.each(templates)('%s renders completely, with and without penalties and optional values', (name) => {
    const minimal = {
      ...VARS,
      mentionPenalties: false,
      contactName: undefined,
      sellerPhone: undefined,
      ownerName: undefined,
      invoiceUrl: undefined,
      customerPhone: undefined,
    };
    for (const message of [render(name), render(name, minimal)]) {
      const everything = `${message.subject ?? ''}\n${message.text}\n${message.html}`;
      expect(everything).not.toMatch(/undefined|null|\{\{|\}\}|\[object/);
      expect(message.text).not.toMatch(/\n{3,}|[ \t]\n/);
    }
  });

  it.each(templates.filter((name) => !isSms(name)))('%s has a one-line subject and a signed body', (name) => {
    const { subject, text } = render(name);
    expect(subject).toMatch(/^\S.{10,150}$/);
    if (!name.startsWith('tasks/')) {
      expect(text).toMatch(/Atelier Numérique SAS|Acquitte/);
    }
  });

  it.each(templates.filter(isSms))('%s is a short GSM-7 SMS body', (name) => {
    const { subject, text } = render(name);
    expect(subject).toBeUndefined();
    expect(text.length).toBeLessThanOrEqual(SMS_LIMIT);
    expect(isGsm7(text)).toBe(true);
    expect(text).toContain('FACT-2026-042');
  });

  it('greets the contact by name, or formally when unknown', () => {
    expect(render('standard/d+3-email').text).toMatch(/^Bonjour Sophie Lefèvre,/);
    expect(render('standard/d+3-email', { ...VARS, contactName: null }).text).toMatch(/^Madame, Monsieur,/);
  });

  it('is friendly before the due date', () => {
    const text = render('standard/d-7-email', { ...VARS, daysLate: -7, daysUntilDue: 7 }).text;
    expect(text).toContain('arrive à échéance le 01/05/2026 (dans 7 jours)');
    expect(text).toContain('vérifier que son règlement est programmé');
    expect(render('standard/d-3-email', { ...VARS, daysUntilDue: 3 }).text).toContain(
      'IBAN FR76 3000 6000 0112 3456 7890 189 – BIC AGRIFRPP',
    );
  });

  it('assumes an oversight in the first reminder and copies nobody in the text', () => {
    const text = render('standard/d+3-email', { ...VARS, daysLate: 3 }).text;
    expect(text).toContain('simple oubli');
    expect(text).not.toMatch(/pénalit/i);
  });

  it('is firm at D+15: penalties, 40 € indemnity, 5 working days, collection procedure', () => {
    const { subject, text } = render('standard/d+15-email');
    expect(subject).toBe('Relance ferme : facture FACT-2026-042 impayée depuis 15 jours');
    expect(text).toMatch(/pénalités au taux annuel de 12,15 %, soit 21,57\s€ à ce jour/);
    expect(text).toMatch(/indemnité forfaitaire pour frais de recouvrement de 40,00\s€/);
    expect(text).toMatch(/La somme exigible s'élève ainsi à 4\s381,57\s€/);
    expect(text).toContain('sous 5 jours ouvrés');
    expect(text).toContain('procédure de recouvrement');
    expect(render('standard/d+15-email', { ...VARS, mentionPenalties: false }).text).not.toMatch(/pénalit|indemnit/i);
  });

  it('keeps VIP messages courteous, without penalties, offering a payment plan', () => {
    for (const name of templates.filter((template) => template.startsWith('vip/'))) {
      expect(render(name).text).not.toMatch(/pénalit|indemnit|recouvrement|mise en demeure/i);
    }
    expect(render('vip/d+15-email').text).toContain('échelonnement du paiement');
    expect(render('vip/d+30-email').text).toContain('Julien Moreau prendra contact avec vous personnellement');
  });

  it('always states penalties to bad payers when the step says so', () => {
    for (const name of ['bad-payer/d+1-email', 'bad-payer/d+3-email', 'bad-payer/d+7-email', 'bad-payer/d+3-sms']) {
      expect(render(name).text).toMatch(/Pénalités|pénalités/);
    }
    expect(render('bad-payer/d+7-email').text).toContain('mise en demeure vous sera adressée par lettre recommandée');
  });

  it('claims principal, interest and indemnity in the formal notice cover email', () => {
    const text = render('formal-notice/cover-email').text;
    expect(text).toMatch(/la somme de 4\s381,57\s€, soit 4\s320,00\s€ en principal, 21,57\s€ de pénalités/);
    expect(render('formal-notice/cover-email', { ...VARS, mentionPenalties: false }).text).toMatch(
      /la somme de 4\s320,00\s€ restant due/,
    );
  });

  it('alerts the owner on the due date with the "Retard 0 jour" status, even when the alert slips past a weekend', () => {
    const onTime = render('internal/d0-alert', { ...VARS, daysLate: 0, daysUntilDue: 0 });
    expect(onTime.subject).toBe('Retard 0 jour : facture FACT-2026-042 (Menuiserie Lefèvre SARL) échue sans règlement');
    expect(onTime.text).toContain("arrivée à échéance le 01/05/2026 (aujourd'hui)");
    expect(render('internal/d0-alert', { ...VARS, daysLate: 2, daysUntilDue: -2 }).text).toContain(
      '(échue depuis 2 jours)',
    );
  });

  it('writes the task title in the subject line', () => {
    expect(render('tasks/call').subject).toBe(
      'Appeler Menuiserie Lefèvre SARL concernant la facture FACT-2026-042 en retard de 15 jours',
    );
    expect(render('tasks/call', { ...VARS, daysLate: 1 }).subject).toMatch(/en retard de 1 jour$/);
  });

  it('sends the paid receipt and the credit note with their figures', () => {
    expect(render('invoice/receipt').text).toContain('votre règlement du 20/05/2026 par virement bancaire');
    expect(render('invoice/credit-note').subject).toBe('Avoir AV-2026-007 sur la facture FACT-2026-042');
  });

  it('tells an approver how long the invoice has waited', () => {
    expect(render('approval/reminder').subject).toBe(
      'Rappel : facture pour Menuiserie Lefèvre SARL en attente de votre validation depuis le 30/03/2026 à 10:15',
    );
    expect(render('approval/escalation').text).toContain(
      'attend la validation de Thomas Petit depuis le 30/03/2026 à 10:15',
    );
  });

  it('escapes values in the html part only', () => {
    const { text, html } = render('invoice/sent', {
      ...VARS,
      customerName: 'A <b>&</b> B',
      contactName: 'A <b>&</b> B',
    });
    expect(text).toContain('Bonjour A <b>&</b> B,');
    expect(html).toContain('<p>Bonjour A &lt;b&gt;&amp;&lt;/b&gt; B,</p>');
  });
});
