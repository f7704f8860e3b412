import JSZip from 'jszip';
import { COLORS, PAGE } from './wordml';

// Packages a body and a footer into a .docx with named paragraph styles, so a user restyles it in Word or LibreOffice.

const W_NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

interface StyleDef {
  id: string;
  name: string;
  basedOn?: string;
  pPr?: string;
  rPr?: string;
}

const STYLES: StyleDef[] = [
  {
    id: 'DocTitle',
    name: 'Titre du document',
    pPr: '<w:jc w:val="right"/>',
    rPr: `<w:b/><w:bCs/><w:color w:val="${COLORS.accent}"/><w:spacing w:val="30"/><w:sz w:val="44"/><w:szCs w:val="44"/>`,
  },
  {
    id: 'SellerName',
    name: "Nom de l'entreprise",
    pPr: '<w:spacing w:after="40"/>',
    rPr: `<w:b/><w:bCs/><w:color w:val="${COLORS.accent}"/><w:sz w:val="30"/><w:szCs w:val="30"/>`,
  },
  {
    id: 'Label',
    name: 'Étiquette',
    pPr: '<w:spacing w:after="40"/>',
    rPr: `<w:b/><w:bCs/><w:caps/><w:color w:val="${COLORS.muted}"/><w:spacing w:val="10"/><w:sz w:val="14"/><w:szCs w:val="14"/>`,
  },
  {
    id: 'SectionTitle',
    name: 'Titre de section',
    pPr: '<w:keepNext/><w:spacing w:before="60" w:after="80"/>',
    rPr: `<w:b/><w:bCs/><w:caps/><w:color w:val="${COLORS.accent}"/><w:spacing w:val="10"/><w:sz w:val="16"/><w:szCs w:val="16"/>`,
  },
  {
    id: 'TableHeader',
    name: 'En-tête de tableau',
    rPr: `<w:b/><w:bCs/><w:caps/><w:color w:val="${COLORS.white}"/><w:sz w:val="14"/><w:szCs w:val="14"/>`,
  },
  { id: 'TableText', name: 'Texte de tableau', rPr: '<w:sz w:val="17"/><w:szCs w:val="17"/>' },
  { id: 'Amount', name: 'Montant', basedOn: 'TableText', pPr: '<w:jc w:val="right"/>' },
  { id: 'Small', name: 'Petit texte', rPr: `<w:color w:val="${COLORS.muted}"/><w:sz w:val="15"/><w:szCs w:val="15"/>` },
  {
    id: 'Legal',
    name: 'Mentions légales',
    pPr: '<w:spacing w:after="30"/>',
    rPr: `<w:color w:val="${COLORS.muted}"/><w:sz w:val="14"/><w:szCs w:val="14"/>`,
  },
  {
    id: 'Body',
    name: 'Corps de lettre',
    pPr: '<w:spacing w:after="140" w:line="288" w:lineRule="auto"/><w:jc w:val="both"/>',
    rPr: '<w:sz w:val="20"/><w:szCs w:val="20"/>',
  },
  {
    id: 'Footer',
    name: 'footer',
    pPr: '<w:spacing w:after="20"/><w:jc w:val="center"/>',
    rPr: `<w:color w:val="${COLORS.muted}"/><w:sz w:val="13"/><w:szCs w:val="13"/>`,
  },
];

function stylesXml(): string {
  const defs = STYLES.map(
    (s) =>
      `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${s.id}"><w:name w:val="${s.name}"/><w:basedOn w:val="${s.basedOn ?? 'Normal'}"/><w:qFormat/>` +
      `${s.pPr ? `<w:pPr>${s.pPr}</w:pPr>` : ''}${s.rPr ? `<w:rPr>${s.rPr}</w:rPr>` : ''}</w:style>`,
  ).join('');
  return (
    `${XML_HEAD}<w:styles ${W_NS}>` +
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>' +
    `<w:color w:val="${COLORS.ink}"/><w:sz w:val="18"/><w:szCs w:val="18"/><w:lang w:val="fr-FR" w:eastAsia="fr-FR" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>' +
    '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    `${defs}</w:styles>`
  );
}

const SETTINGS_XML =
  `${XML_HEAD}<w:settings ${W_NS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="708"/><w:hyphenationZone w:val="425"/>` +
  '<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
  '<w:themeFontLang w:val="fr-FR"/></w:settings>';

const FONT_TABLE_XML = `${XML_HEAD}<w:fonts ${W_NS}><w:font w:name="Arial"><w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font></w:fonts>`;

const solidFill = (color: string) => `<a:solidFill><a:srgbClr val="${color}"/></a:solidFill>`;
const line = (width: number) => `<a:ln w="${width}"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>`;

/** A small theme in the documents' palette: Word's colour picker and theme fonts then match the templates. */
const THEME_XML =
  `${XML_HEAD}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Acquitte"><a:themeElements>` +
  '<a:clrScheme name="Acquitte"><a:dk1><a:srgbClr val="000000"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1>' +
  `<a:dk2><a:srgbClr val="${COLORS.ink}"/></a:dk2><a:lt2><a:srgbClr val="${COLORS.accentSoft}"/></a:lt2>` +
  `<a:accent1><a:srgbClr val="${COLORS.accent}"/></a:accent1><a:accent2><a:srgbClr val="${COLORS.paid}"/></a:accent2>` +
  `<a:accent3><a:srgbClr val="${COLORS.draft}"/></a:accent3><a:accent4><a:srgbClr val="${COLORS.muted}"/></a:accent4>` +
  `<a:accent5><a:srgbClr val="${COLORS.rule}"/></a:accent5><a:accent6><a:srgbClr val="${COLORS.zebra}"/></a:accent6>` +
  '<a:hlink><a:srgbClr val="1F5FA8"/></a:hlink><a:folHlink><a:srgbClr val="6B4FA0"/></a:folHlink></a:clrScheme>' +
  '<a:fontScheme name="Acquitte"><a:majorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>' +
  '<a:minorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>' +
  '<a:fmtScheme name="Acquitte">' +
  `<a:fillStyleLst>${solidFill('FFFFFF')}${solidFill('F2F2F2')}${solidFill('D9D9D9')}</a:fillStyleLst>` +
  `<a:lnStyleLst>${line(6350)}${line(12700)}${line(19050)}</a:lnStyleLst>` +
  '<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>' +
  `<a:bgFillStyleLst>${solidFill('FFFFFF')}${solidFill('F2F2F2')}${solidFill('D9D9D9')}</a:bgFillStyleLst>` +
  '</a:fmtScheme></a:themeElements></a:theme>';

const CONTENT_TYPES_XML =
  `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
  '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>' +
  '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>' +
  '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>' +
  '<Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>' +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>';

const ROOT_RELS_XML =
  `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>';

const DOCUMENT_RELS_XML =
  `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>' +
  '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>' +
  '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>' +
  '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/></Relationships>';

/** No title or author: LibreOffice copies them into every rendered PDF, where "Modèle de facture" would be wrong. */
const CORE_XML =
  `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ` +
  'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
  '<dc:language>fr-FR</dc:language></cp:coreProperties>';

const APP_XML = `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Acquitte</Application></Properties>`;

function documentXml(body: string[]): string {
  const sectPr =
    `<w:sectPr><w:footerReference w:type="default" r:id="rId4"/><w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"/>` +
    `<w:pgMar w:top="${PAGE.marginTop}" w:right="${PAGE.marginX}" w:bottom="${PAGE.marginBottom}" w:left="${PAGE.marginX}" w:header="425" w:footer="397" w:gutter="0"/></w:sectPr>`;
  return `${XML_HEAD}<w:document ${W_NS}><w:body>${body.join('')}${sectPr}</w:body></w:document>`;
}

export async function docxPackage(input: { body: string[]; footer: string[] }): Promise<Buffer> {
  const zip = new JSZip();
  const date = new Date('2026-01-01T00:00:00Z');
  const add = (name: string, content: string) => zip.file(name, content, { date, createFolders: false });
  add('[Content_Types].xml', CONTENT_TYPES_XML);
  add('_rels/.rels', ROOT_RELS_XML);
  add('docProps/core.xml', CORE_XML);
  add('docProps/app.xml', APP_XML);
  add('word/_rels/document.xml.rels', DOCUMENT_RELS_XML);
  add('word/document.xml', documentXml(input.body));
  add('word/styles.xml', stylesXml());
  add('word/settings.xml', SETTINGS_XML);
  add('word/fontTable.xml', FONT_TABLE_XML);
  add('word/theme/theme1.xml', THEME_XML);
  add('word/footer1.xml', `${XML_HEAD}<w:ftr ${W_NS}>${input.footer.join('')}</w:ftr>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}
