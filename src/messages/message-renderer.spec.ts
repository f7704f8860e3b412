import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  MissingMessageVariablesError,
  UnknownMessageTemplateError,
  clearMessageTemplateCache,
  listTemplates,
  renderMessage,
  templateExists,
  templateVariables,
} from './message-renderer';

describe('message renderer', () => {
  let root: string;
  let dir: string;

  function write(name: string, source: string): void {
    const path = join(dir, `${name}.txt`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, source);
  }

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'acquitte-messages-'));
    dir = join(root, 'messages');
    mkdirSync(dir);
    clearMessageTemplateCache();
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('splits the subject from the body and renders text unescaped, html escaped in paragraphs', () => {
    write(
      'demo/d+3-email',
      'Objet: Facture {{invoiceNumber}}\n\nBonjour {{customerName}},\nligne 2\n\nMontant : {{amountDue}}\n',
    );
    const message = renderMessage(dir, 'demo/d+3-email', {
      invoiceNumber: 'FACT-2026-001',
      customerName: 'Dupont & Fils <SARL>',
      amountDue: '10,00 €',
    });
    expect(message.subject).toBe('Facture FACT-2026-001');
    expect(message.text).toBe('Bonjour Dupont & Fils <SARL>,\nligne 2\n\nMontant : 10,00 €');
    expect(message.html).toBe('<p>Bonjour Dupont &amp; Fils &lt;SARL&gt;,<br>\nligne 2</p>\n<p>Montant : 10,00 €</p>');
  });

  it('renders a body-only template as an SMS: no subject, GSM-7 spaces and quotes', () => {
    write('demo/sms', '{{sellerName}} : facture {{invoiceNumber}} ({{amountDue}}).');
    const amountDue = '1\u202f234,56\u00a0€';
    expect(renderMessage(dir, 'demo/sms', { sellerName: 'L’Atelier', invoiceNumber: 'F-1', amountDue })).toEqual({
      text: "L'Atelier : facture F-1 (1 234,56 €).",
      html: '<p>L&#39;Atelier : facture F-1 (1 234,56 €).</p>',
    });
  });

  it('names every missing variable, including conditions and branches not taken', () => {
    write(
      'demo/strict',
      'Objet: {{invoiceNumber}}\n\n{{#if mentionPenalties}}{{penaltyRate}}{{/if}} {{days daysLate}}',
    );
    expect(() => renderMessage(dir, 'demo/strict', { invoiceNumber: 'F-1' })).toThrow(
      'Message template "demo/strict" needs the variable(s) daysLate, mentionPenalties, penaltyRate',
    );
    const error = (() => {
      try {
        renderMessage(dir, 'demo/strict', {
          invoiceNumber: 'F-1',
          mentionPenalties: false,
          daysLate: 3,
          penaltyRate: null,
        });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(MissingMessageVariablesError);
    expect(error).toMatchObject({ template: 'demo/strict', variables: ['penaltyRate'] });
  });

  it('lets optional variables be absent', () => {
    write('demo/greeting', '{{#if contactName}}Bonjour {{contactName}},{{else}}Madame, Monsieur,{{/if}}');
    expect(renderMessage(dir, 'demo/greeting', {}).text).toBe('Madame, Monsieur,');
    expect(renderMessage(dir, 'demo/greeting', { contactName: 'Marie Durand' }).text).toBe('Bonjour Marie Durand,');
  });

  it('tidies the blank lines and trailing spaces left by conditional blocks', () => {
    write('demo/tidy', 'A   \n\n{{#if flag}}\nB\n\n{{/if}}\n\nC');
    expect(renderMessage(dir, 'demo/tidy', { flag: false }).text).toBe('A\n\nC');
    expect(renderMessage(dir, 'demo/tidy', { flag: true }).text).toBe('A\n\nB\n\nC');
  });

  it('formats day counts and due dates in French', () => {
    write('demo/days', '{{days late}} · {{dueIn until}}');
    expect(renderMessage(dir, 'demo/days', { late: 1, until: 7 }).text).toBe('1 jour · dans 7 jours');
    expect(renderMessage(dir, 'demo/days', { late: 15, until: 1 }).text).toBe('15 jours · demain');
    expect(renderMessage(dir, 'demo/days', { late: 0, until: 0 }).text).toBe("0 jour · aujourd'hui");
    expect(renderMessage(dir, 'demo/days', { late: 2, until: -2 }).text).toBe('2 jours · échue depuis 2 jours');
  });

  it('refuses templates it cannot analyse', () => {
    write('demo/each', '{{#each lines}}{{this}}{{/each}}');
    write('demo/partial', '{{> signature}}');
    write('demo/helper', '{{shout name}}');
    write('demo/subject', 'Objet: Sans ligne vide\nCorps');
    expect(() => renderMessage(dir, 'demo/each', {})).toThrow('Block helper #each is not supported');
    expect(() => renderMessage(dir, 'demo/partial', {})).toThrow('PartialStatement is not supported');
    expect(() => renderMessage(dir, 'demo/helper', { name: 'x' })).toThrow('Helper "shout" is not supported');
    expect(() => renderMessage(dir, 'demo/subject', {})).toThrow('must be followed by a blank line');
  });

  it('refuses unknown names and paths outside the templates folder', () => {
    writeFileSync(join(root, 'outside.txt'), 'secret');
    expect(() => renderMessage(dir, 'nope/missing', {})).toThrow(UnknownMessageTemplateError);
    expect(() => renderMessage(dir, '../outside', {})).toThrow(UnknownMessageTemplateError);
    expect(templateExists(dir, '../outside')).toBe(false);
    expect(templateExists(dir, 'nope/missing')).toBe(false);
  });

  it('lists templates by name and tells which exist', () => {
    write('standard/d+15-email', 'Objet: x\n\ny');
    write('standard/d+15-sms', 'y');
    write('invoice/sent', 'Objet: x\n\ny');
    writeFileSync(join(dir, 'README.md'), 'not a template');
    expect(listTemplates(dir)).toEqual(['invoice/sent', 'standard/d+15-email', 'standard/d+15-sms']);
    expect(templateExists(dir, 'standard/d+15-sms')).toBe(true);
  });

  it('caches compiled templates until the cache is cleared', () => {
    write('demo/cached', 'v1 {{a}}');
    expect(renderMessage(dir, 'demo/cached', { a: 1 }).text).toBe('v1 1');
    write('demo/cached', 'v2 {{a}}');
    expect(renderMessage(dir, 'demo/cached', { a: 1 }).text).toBe('v1 1');
    clearMessageTemplateCache();
    expect(renderMessage(dir, 'demo/cached', { a: 1 }).text).toBe('v2 1');
  });

  it('tells which variables a template reads', () => {
    write('demo/vars', 'Objet: {{invoiceNumber}}\n\n{{#if contactName}}{{contactName}}{{/if}} {{days daysLate}}');
    expect(templateVariables(dir, 'demo/vars')).toEqual(['contactName', 'daysLate', 'invoiceNumber']);
  });
});
