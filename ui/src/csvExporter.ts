import { downloadCSV, type Exporter } from 'react-admin';
import { toCsv } from '../../src/common/csv';

/** The list export: react-admin's CSV download, with formula-looking cells neutralised (see src/common/csv.ts). */
export const csvExporter: Exporter = (records, _fetchRelated, _dataProvider, resource) =>
  downloadCSV(toCsv(records), resource ?? 'export');
