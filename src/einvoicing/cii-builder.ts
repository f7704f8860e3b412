import { create } from 'xmlbuilder2';
import type {
  AddressFacts,
  BuyerFacts,
  DocumentFacts,
  LineFacts,
  SellerFacts,
  VatFacts,
} from '../documents/document-facts';
import { assertFacturXPossible } from './facturx-requirements';
import { ciiAmount, ciiDate, ciiQuantity, ciiRate } from './cii-values';

// The Factur-X 1.07 XML (UN/CEFACT CII D16B, profile EN 16931) of an invoice or credit note, from its facts.
// Element order follows the CII schema: Factur-X validators check it.

type Node = Record<string, unknown>;

export const EN16931_GUIDELINE = 'urn:cen.eu:en16931:2017';
const NAMESPACES = {
  '@xmlns:rsm': 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100',
  '@xmlns:qdt': 'urn:un:unece:uncefact:data:standard:QualifiedDataType:100',
  '@xmlns:ram': 'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100',
  '@xmlns:udt': 'urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100',
};
/** UNTDID 1001: commercial invoice, credit note. */
const TYPE_CODES = { INVOICE: '380', CREDIT_NOTE: '381' } as const;
/** UNTDID 4461: SEPA credit transfer. */
const SEPA_CREDIT_TRANSFER = '58';
/** UNTDID 5189: discount. */
const DISCOUNT_REASON_CODE = '95';

const dateTime = (isoDate: string): Node => ({ 'udt:DateTimeString': { '@format': '102', '#': ciiDate(isoDate) } });
const amount = (cents: number): string => ciiAmount(cents);
const only = <T>(condition: unknown, node: T): T | undefined => (condition ? node : undefined);

function address(a: AddressFacts): Node {
  return {
    'ram:PostcodeCode': a.postalCode,
    'ram:LineOne': a.line1,
    ...(a.line2 ? { 'ram:LineTwo': a.line2 } : {}),
    'ram:CityName': a.city,
    'ram:CountryID': a.country,
  };
}

const vatRegistration = (vatNumber: string | null): Node | undefined =>
  only(vatNumber, {
    'ram:SpecifiedTaxRegistration': { 'ram:ID': { '@schemeID': 'VA', '#': vatNumber?.replace(/\s/g, '') } },
  });

function sellerParty(seller: SellerFacts): Node {
  return {
    'ram:Name': seller.legalName,
    'ram:SpecifiedLegalOrganization': {
      'ram:ID': { '@schemeID': '0002', '#': seller.siren.replace(/\s/g, '') },
      ...(seller.tradeName ? { 'ram:TradingBusinessName': seller.tradeName } : {}),
    },
    'ram:PostalTradeAddress': address(seller.address),
    'ram:URIUniversalCommunication': { 'ram:URIID': { '@schemeID': 'EM', '#': seller.email } },
    ...vatRegistration(seller.vatNumber),
  };
}

function buyerParty(buyer: BuyerFacts): Node {
  return {
    'ram:Name': buyer.name,
    ...(buyer.siren
      ? { 'ram:SpecifiedLegalOrganization': { 'ram:ID': { '@schemeID': '0002', '#': buyer.siren.replace(/\s/g, '') } } }
      : {}),
    'ram:PostalTradeAddress': address(buyer.address),
    'ram:URIUniversalCommunication': { 'ram:URIID': { '@schemeID': 'EM', '#': buyer.email } },
    ...vatRegistration(buyer.vatNumber),
  };
}

function lineTax(line: LineFacts): Node {
  return {
    'ram:TypeCode': 'VAT',
    'ram:CategoryCode': line.vatCategory,
    'ram:RateApplicablePercent': ciiRate(line.vatRateBp),
  };
}

/** A line discount is a line allowance (BG-27) on the gross amount; the net price stays the unit price. */
function lineDiscount(line: LineFacts): Node | undefined {
  return only(line.discountCents > 0, {
    'ram:SpecifiedTradeAllowanceCharge': {
      'ram:ChargeIndicator': { 'udt:Indicator': 'false' },
      'ram:CalculationPercent': ciiRate(line.discountBp),
      'ram:BasisAmount': amount(line.grossCents),
      'ram:ActualAmount': amount(line.discountCents),
      'ram:ReasonCode': DISCOUNT_REASON_CODE,
      'ram:Reason': 'Remise',
    },
  });
}

function lineItem(line: LineFacts): Node {
  return {
    'ram:AssociatedDocumentLineDocument': { 'ram:LineID': String(line.position) },
    'ram:SpecifiedTradeProduct': { 'ram:Name': line.description },
    'ram:SpecifiedLineTradeAgreement': {
      'ram:NetPriceProductTradePrice': { 'ram:ChargeAmount': amount(line.unitPriceCents) },
    },
    'ram:SpecifiedLineTradeDelivery': {
      'ram:BilledQuantity': { '@unitCode': line.unitCode, '#': ciiQuantity(line.quantityMilli) },
    },
    'ram:SpecifiedLineTradeSettlement': {
      'ram:ApplicableTradeTax': lineTax(line),
      ...lineDiscount(line),
      'ram:SpecifiedTradeSettlementLineMonetarySummation': { 'ram:LineTotalAmount': amount(line.totalExclTaxCents) },
    },
  };
}

function vatBreakdown(vat: VatFacts): Node {
  return {
    'ram:CalculatedAmount': amount(vat.taxCents),
    'ram:TypeCode': 'VAT',
    ...(vat.exemptionReason ? { 'ram:ExemptionReason': vat.exemptionReason } : {}),
    'ram:BasisAmount': amount(vat.baseCents),
    'ram:CategoryCode': vat.category,
    ...(vat.exemptionCode ? { 'ram:ExemptionReasonCode': vat.exemptionCode } : {}),
    'ram:RateApplicablePercent': ciiRate(vat.vatRateBp),
  };
}

/** Subject codes (UNTDID 4451): AAI general, REG regulatory (legal identity), PMD penalties, PMT indemnity, AAB discount terms. */
function notes(facts: DocumentFacts): Node[] {
  const { seller, terms } = facts;
  const legal = `${seller.legalName} · ${seller.legalForm} · SIRET ${seller.siret} · RCS ${seller.rcsCity}`;
  const entries: Array<[string | null, string]> = [
    [facts.customerNote, 'AAI'],
    [facts.reason && `Motif de l'avoir : ${facts.reason}`, 'AAI'],
    [legal, 'REG'],
    [terms.latePenalty, 'PMD'],
    [terms.recoveryIndemnity || null, 'PMT'],
    [terms.earlyPaymentDiscount || null, 'AAB'],
  ];
  return entries
    .filter(([content]) => content)
    .map(([content, subject]) => ({ 'ram:Content': content, 'ram:SubjectCode': subject }));
}

function delivery(facts: DocumentFacts): Node {
  const shipTo = facts.delivery && {
    'ram:ShipToTradeParty': {
      ...(facts.delivery.name ? { 'ram:Name': facts.delivery.name } : {}),
      'ram:PostalTradeAddress': address(facts.delivery.address),
    },
  };
  return { ...shipTo, 'ram:ActualDeliverySupplyChainEvent': { 'ram:OccurrenceDateTime': dateTime(facts.saleDate) } };
}

function paymentTerms(facts: DocumentFacts): Node {
  if (facts.invoiceReference) {
    return { 'ram:Description': `Avoir sur la facture n° ${facts.invoiceReference.number}` };
  }
  return {
    'ram:Description': facts.terms.paymentTerms,
    ...(facts.dueDate ? { 'ram:DueDateDateTime': dateTime(facts.dueDate) } : {}),
  };
}

function settlement(facts: DocumentFacts): Node {
  const { seller, totals, invoiceReference } = facts;
  return {
    ...(facts.creditorReference ? { 'ram:PaymentReference': facts.creditorReference } : {}),
    'ram:InvoiceCurrencyCode': facts.currency,
    'ram:SpecifiedTradeSettlementPaymentMeans': {
      'ram:TypeCode': SEPA_CREDIT_TRANSFER,
      'ram:PayeePartyCreditorFinancialAccount': { 'ram:IBANID': seller.iban.replace(/\s/g, '') },
      ...(seller.bic ? { 'ram:PayeeSpecifiedCreditorFinancialInstitution': { 'ram:BICID': seller.bic } } : {}),
    },
    'ram:ApplicableTradeTax': facts.vat.map(vatBreakdown),
    'ram:SpecifiedTradePaymentTerms': paymentTerms(facts),
    'ram:SpecifiedTradeSettlementHeaderMonetarySummation': {
      'ram:LineTotalAmount': amount(facts.lines.reduce((sum, line) => sum + line.totalExclTaxCents, 0)),
      'ram:TaxBasisTotalAmount': amount(totals.exclTaxCents),
      'ram:TaxTotalAmount': { '@currencyID': facts.currency, '#': amount(totals.taxCents) },
      'ram:GrandTotalAmount': amount(totals.inclTaxCents),
      'ram:DuePayableAmount': amount(totals.inclTaxCents),
    },
    ...(invoiceReference
      ? {
          'ram:InvoiceReferencedDocument': {
            'ram:IssuerAssignedID': invoiceReference.number,
            'ram:FormattedIssueDateTime': {
              'qdt:DateTimeString': { '@format': '102', '#': ciiDate(invoiceReference.issueDate) },
            },
          },
        }
      : {}),
  };
}

/** The XML string (UTF-8); throws FacturXNotPossibleError when the facts cannot make a valid Factur-X. */
export function ciiXml(facts: DocumentFacts): string {
  assertFacturXPossible(facts);
  if (facts.number === null) {
    throw new RangeError('a draft has no number: it has no Factur-X');
  }
  const invoice = {
    'rsm:CrossIndustryInvoice': {
      ...NAMESPACES,
      'rsm:ExchangedDocumentContext': {
        'ram:GuidelineSpecifiedDocumentContextParameter': { 'ram:ID': EN16931_GUIDELINE },
      },
      'rsm:ExchangedDocument': {
        'ram:ID': facts.number,
        'ram:TypeCode': TYPE_CODES[facts.kind],
        'ram:IssueDateTime': dateTime(facts.issueDate),
        'ram:IncludedNote': notes(facts),
      },
      'rsm:SupplyChainTradeTransaction': {
        'ram:IncludedSupplyChainTradeLineItem': facts.lines.map(lineItem),
        'ram:ApplicableHeaderTradeAgreement': {
          ...(facts.customerReference ? { 'ram:BuyerReference': facts.customerReference } : {}),
          'ram:SellerTradeParty': sellerParty(facts.seller),
          'ram:BuyerTradeParty': buyerParty(facts.buyer),
        },
        'ram:ApplicableHeaderTradeDelivery': delivery(facts),
        'ram:ApplicableHeaderTradeSettlement': settlement(facts),
      },
    },
  };
  return create({ version: '1.0', encoding: 'UTF-8' }, invoice).end({ prettyPrint: true });
}
