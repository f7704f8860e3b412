// A small WordprocessingML vocabulary: enough to write clean, restylable .docx templates by code.

export const PAGE = { width: 11906, height: 16838, marginX: 1020, marginTop: 794, marginBottom: 1247 };
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.marginX;

export const COLORS = {
  accent: '1F3A5F',
  accentSoft: 'EAF0F7',
  ink: '1F2933',
  muted: '5F6B7A',
  rule: 'C9D2DC',
  zebra: 'F6F8FA',
  paid: '1E7B4A',
  paidSoft: 'E8F5EE',
  draft: 'B42318',
  draftSoft: 'FDECEA',
  white: 'FFFFFF',
};

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface RunStyle {
  bold?: boolean;
  italic?: boolean;
  caps?: boolean;
  color?: string;
  /** Points. */
  size?: number;
  /** Character spacing in twentieths of a point. */
  spacing?: number;
  style?: string;
}

export function run(text: string, s: RunStyle = {}): string {
  const props = [
    s.style && `<w:rStyle w:val="${s.style}"/>`,
    s.bold && '<w:b/><w:bCs/>',
    s.italic && '<w:i/><w:iCs/>',
    s.caps && '<w:caps/>',
    s.color && `<w:color w:val="${s.color}"/>`,
    s.spacing && `<w:spacing w:val="${s.spacing}"/>`,
    s.size && `<w:sz w:val="${Math.round(s.size * 2)}"/><w:szCs w:val="${Math.round(s.size * 2)}"/>`,
  ].filter(Boolean);
  const rPr = props.length ? `<w:rPr>${props.join('')}</w:rPr>` : '';
  return `<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

/** A docx-templates command kept in one run, e.g. cmd('INS invoice.number'). */
export const cmd = (command: string, s: RunStyle = {}): string => run(`+++${command}+++`, s);
export const ins = (expression: string, s: RunStyle = {}): string => cmd(`INS ${expression}`, s);

export const field = (instruction: string, s: RunStyle = {}): string =>
  `<w:fldSimple w:instr=" ${instruction} ">${run('1', s)}</w:fldSimple>`;

export interface Border {
  color: string;
  /** Eighths of a point. */
  size: number;
  space?: number;
}

const borderXml = (side: string, b: Border | null): string =>
  b
    ? `<w:${side} w:val="single" w:sz="${b.size}" w:space="${b.space ?? 0}" w:color="${b.color}"/>`
    : `<w:${side} w:val="nil"/>`;

export interface ParagraphStyle {
  style?: string;
  align?: 'left' | 'right' | 'center' | 'both';
  /** Points. */
  before?: number;
  after?: number;
  keepNext?: boolean;
  box?: Border;
  bottomRule?: Border;
  fill?: string;
  /** Left and right indent in twips. */
  inset?: number;
  run?: RunStyle;
}

export function paragraph(content: string | string[], s: ParagraphStyle = {}): string {
  const runs = (Array.isArray(content) ? content : [content])
    .map((c) => (c.startsWith('<w:') ? c : run(c, s.run)))
    .join('');
  const borders = s.box
    ? ['top', 'left', 'bottom', 'right']
        .map((side) => borderXml(side, { ...s.box!, space: s.box!.space ?? 4 }))
        .join('')
    : s.bottomRule
      ? borderXml('bottom', { ...s.bottomRule, space: s.bottomRule.space ?? 2 })
      : '';
  const props = [
    s.style && `<w:pStyle w:val="${s.style}"/>`,
    s.keepNext && '<w:keepNext/>',
    borders && `<w:pBdr>${borders}</w:pBdr>`,
    s.fill && `<w:shd w:val="clear" w:color="auto" w:fill="${s.fill}"/>`,
    (s.before !== undefined || s.after !== undefined) &&
      `<w:spacing${s.before !== undefined ? ` w:before="${s.before * 20}"` : ''}${s.after !== undefined ? ` w:after="${s.after * 20}"` : ''}/>`,
    s.inset !== undefined && `<w:ind w:left="${s.inset}" w:right="${s.inset}"/>`,
    s.align && `<w:jc w:val="${s.align}"/>`,
  ].filter(Boolean);
  return `<w:p>${props.length ? `<w:pPr>${props.join('')}</w:pPr>` : ''}${runs}</w:p>`;
}

/** An empty paragraph exactly `points` high, for vertical rhythm. */
export const spacer = (points: number): string =>
  `<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="${Math.round(points * 20)}" w:lineRule="exact"/><w:rPr><w:sz w:val="${Math.max(2, Math.round(points * 2))}"/></w:rPr></w:pPr></w:p>`;

export interface CellStyle {
  width: number;
  fill?: string;
  borders?: Partial<Record<'top' | 'left' | 'bottom' | 'right', Border | null>>;
  vAlign?: 'top' | 'center' | 'bottom';
  span?: number;
  margins?: { top?: number; bottom?: number; left?: number; right?: number };
}

export function cell(content: string[], s: CellStyle): string {
  // WordprocessingML fixes the order of border and margin children: top, left, bottom, right.
  const sides = ['top', 'left', 'bottom', 'right'] as const;
  const borders = sides
    .filter((side) => s.borders && side in s.borders)
    .map((side) => borderXml(side, s.borders![side] ?? null))
    .join('');
  const margins = sides
    .filter((side) => s.margins?.[side] !== undefined)
    .map((side) => `<w:${side} w:w="${s.margins![side]}" w:type="dxa"/>`)
    .join('');
  const props = [
    `<w:tcW w:w="${s.width}" w:type="dxa"/>`,
    s.span && s.span > 1 && `<w:gridSpan w:val="${s.span}"/>`,
    borders && `<w:tcBorders>${borders}</w:tcBorders>`,
    s.fill && `<w:shd w:val="clear" w:color="auto" w:fill="${s.fill}"/>`,
    margins && `<w:tcMar>${margins}</w:tcMar>`,
    s.vAlign && `<w:vAlign w:val="${s.vAlign}"/>`,
  ].filter(Boolean);
  // A cell must end with a paragraph (Word refuses a cell ending with a nested table).
  const body =
    content.length === 0 || content[content.length - 1].startsWith('<w:tbl>') ? [...content, spacer(1)] : content;
  return `<w:tc><w:tcPr>${props.join('')}</w:tcPr>${body.join('')}</w:tc>`;
}

export interface RowStyle {
  header?: boolean;
  cantSplit?: boolean;
  /** Minimum height in points. */
  height?: number;
}

export function row(cells: string[], s: RowStyle = {}): string {
  const props = [
    s.cantSplit !== false && '<w:cantSplit/>',
    s.header && '<w:tblHeader/>',
    s.height && `<w:trHeight w:val="${s.height * 20}"/>`,
  ].filter(Boolean);
  return `<w:tr>${props.length ? `<w:trPr>${props.join('')}</w:trPr>` : ''}${cells.join('')}</w:tr>`;
}

export interface TableStyle {
  widths: number[];
  borders?: Partial<Record<'top' | 'left' | 'bottom' | 'right' | 'insideH' | 'insideV', Border | null>>;
  cellMargins?: { top: number; bottom: number; left: number; right: number };
  align?: 'left' | 'center' | 'right';
}

export function table(rows: string[], s: TableStyle): string {
  const width = s.widths.reduce((a, b) => a + b, 0);
  const sides = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'] as const;
  const borders = sides.map((side) => borderXml(side, s.borders?.[side] ?? null)).join('');
  const m = s.cellMargins ?? { top: 40, bottom: 40, left: 85, right: 85 };
  const tblPr = [
    `<w:tblW w:w="${width}" w:type="dxa"/>`,
    s.align && `<w:jc w:val="${s.align}"/>`,
    `<w:tblBorders>${borders}</w:tblBorders>`,
    '<w:tblLayout w:type="fixed"/>',
    `<w:tblCellMar><w:top w:w="${m.top}" w:type="dxa"/><w:left w:w="${m.left}" w:type="dxa"/><w:bottom w:w="${m.bottom}" w:type="dxa"/><w:right w:w="${m.right}" w:type="dxa"/></w:tblCellMar>`,
    '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>',
  ].filter(Boolean);
  const grid = s.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  return `<w:tbl><w:tblPr>${tblPr.join('')}</w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows.join('')}</w:tbl>`;
}
