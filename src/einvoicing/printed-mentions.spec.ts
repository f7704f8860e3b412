import path from 'node:path';
import JSZip from 'jszip';
import { creditNoteDocumentData, invoiceDocumentData } from '../documents/document-data';
import { PdfRenderer, type TemplateName } from '../documents/pdf-renderer';
import { matrixCreditNotes, matrixInvoices } from '../../test/fixtures/cii-matrix';

// The .docx templates print the same facts the Factur-X XML carries: exemption texts, operation category, the
// customer's SIREN, the delivery address, the RF reference and the customer note, never the internal note.

const renderer = new PdfRenderer({ templatesDir: path.resolve(__dirname, '../../templates') });

async function printed(template: TemplateName, data: object): Promise<string> {
  const zip = await JSZip.loadAsync(await renderer.fillTemplate(template, data));
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .replace(/>\s+</g, '><')
    .replace(/<w:br\/>|<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&apos;/g, "'")
    .replace(/[\u00a0\u202f]/g, ' ');
}

const invoices = matrixInvoices();
const invoiceText = (name: string, overrides: Partial<(typeof invoices)[string]> = {}) =>
  printed('invoice', invoiceDocumentData({ ...invoices[name], ...overrides }));

describe('printed mentions follow the facts', () => {
  it('a franchise seller prints "TVA non applicable, art. 293 B du CGI"', async () => {
    expect(await invoiceText('franchise-seller')).toContain('TVA non applicable, art. 293 B du CGI');
  });

  it('reverse charge prints "Autoliquidation" on the invoice and its credit note', async () => {
    expect(await invoiceText('reverse-charge')).toContain('Autoliquidation');
    const creditNote = matrixCreditNotes(invoices)['full-credit-note-reverse-charge'];
    expect(await printed('credit-note', creditNoteDocumentData(creditNote))).toContain('Autoliquidation');
  });

  it('a standard-rated invoice prints no exemption text', async () => {
    const text = await invoiceText('multi-rate-business');
    expect(text).not.toContain('Autoliquidation');
    expect(text).not.toContain('293 B');
  });

  it('prints the operation category, the customer SIREN, the RF reference and the customer note, not the internal note', async () => {
    const text = await invoiceText('multi-rate-business', { notes: 'Client sensible : relancer par téléphone' });
    expect(text).toContain('Biens et services');
    expect(text).toContain('SIREN 523 456 789');
    expect(text).toMatch(/Référence de paiement à reporter sur le virement : RF\d\d FACT 2026 101/);
    expect(text).toContain('Livraison des livres effectuée sur place');
    expect(text).not.toContain('relancer par téléphone');
  });

  it('prints the delivery address only when it differs from the customer address', async () => {
    const text = await invoiceText('zero-rated-and-delivery');
    expect(text).toContain('Adresse de livraison');
    expect(text).toContain('ZI des Échets, 3 allée des Métiers');
    expect(await invoiceText('multi-rate-business')).not.toContain('Adresse de livraison');
  });

  it('a draft prints no RF reference', async () => {
    expect(await invoiceText('multi-rate-business', { number: null })).not.toContain('Référence de paiement');
  });
});
