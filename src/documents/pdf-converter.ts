/** Turns a filled .docx into a PDF/A-3b; the drivers are the warm soffice pool and libreoffice-convert. */
export interface PdfConverter {
  /** What the boot log and the benchmarks call this driver. */
  readonly driver: 'soffice-pool' | 'libreoffice-convert';
  convert(docx: Buffer): Promise<Buffer>;
  /** Ends every process the driver started; idempotent. */
  stop(): Promise<void>;
}

/** LibreOffice's PDF export with SelectPdfVersion 3 = PDF/A-3b (the archival profile Factur-X builds on). */
export const PDFA3_FILTER = 'writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"3"}}';

/** PDFA3_FILTER as the filter name and its JSON FilterData, the form a UNO storeToURL takes. */
export const PDFA3_FILTER_PARTS = {
  name: PDFA3_FILTER.slice(0, PDFA3_FILTER.indexOf(':')),
  data: PDFA3_FILTER.slice(PDFA3_FILTER.indexOf(':') + 1),
};
