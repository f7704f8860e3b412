import { FACTUR_X_FILE_NAME } from './factur-x';

// The Factur-X 1.07 XMP declarations (spec § 6.2.2): the fx: properties and the extension schema PDF/A requires for them.

export const FACTURX_NAMESPACE = 'urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#';

export type FacturXConformanceLevel = 'MINIMUM' | 'BASIC WL' | 'BASIC' | 'EN 16931' | 'EXTENDED';

export interface FacturXMetadata {
  conformanceLevel: FacturXConformanceLevel;
}

const PROPERTIES: Array<[name: string, description: string]> = [
  ['DocumentFileName', 'The name of the embedded XML document'],
  ['DocumentType', 'The type of the hybrid document in capital letters, e.g. INVOICE or ORDER'],
  ['Version', 'The actual version of the standard applying to the embedded XML document'],
  ['ConformanceLevel', 'The conformance level of the embedded XML document'],
];

const propertyDescription = ([name, description]: [string, string]): string =>
  `<rdf:li rdf:parseType="Resource"><pdfaProperty:name>${name}</pdfaProperty:name><pdfaProperty:valueType>Text</pdfaProperty:valueType>` +
  `<pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>${description}</pdfaProperty:description></rdf:li>`;

const EXTENSION_SCHEMA =
  '<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" ' +
  'xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">' +
  '<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">' +
  `<pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema><pdfaSchema:namespaceURI>${FACTURX_NAMESPACE}</pdfaSchema:namespaceURI>` +
  `<pdfaSchema:prefix>fx</pdfaSchema:prefix><pdfaSchema:property><rdf:Seq>${PROPERTIES.map(propertyDescription).join('')}</rdf:Seq></pdfaSchema:property>` +
  '</rdf:li></rdf:Bag></pdfaExtension:schemas></rdf:Description>';

function facturXDescription(metadata: FacturXMetadata): string {
  return (
    `<rdf:Description rdf:about="" xmlns:fx="${FACTURX_NAMESPACE}">` +
    `<fx:DocumentType>INVOICE</fx:DocumentType><fx:DocumentFileName>${FACTUR_X_FILE_NAME}</fx:DocumentFileName>` +
    `<fx:Version>1.0</fx:Version><fx:ConformanceLevel>${metadata.conformanceLevel}</fx:ConformanceLevel></rdf:Description>`
  );
}

/** The packet LibreOffice wrote (pdfaid, producer, dates kept as they are) with the Factur-X descriptions added to its RDF. */
export function withFacturXDescriptions(xmpPacket: string, metadata: FacturXMetadata): string {
  if (xmpPacket.includes(FACTURX_NAMESPACE)) {
    throw new Error('The PDF already declares Factur-X metadata');
  }
  const end = xmpPacket.lastIndexOf('</rdf:RDF>');
  if (end < 0) {
    throw new Error('The PDF metadata has no rdf:RDF element to extend');
  }
  return `${xmpPacket.slice(0, end)}${EXTENSION_SCHEMA}\n${facturXDescription(metadata)}\n${xmpPacket.slice(end)}`;
}
