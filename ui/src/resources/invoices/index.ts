import InvoiceIcon from '@mui/icons-material/ReceiptLongOutlined';
import { lazyPage } from '../../components/lazyPage';

export const invoices = {
  list: lazyPage(() => import('./InvoiceList').then((m) => m.InvoiceList)),
  show: lazyPage(() => import('./InvoiceShow').then((m) => m.InvoiceShow)),
  create: lazyPage(() => import('./InvoiceCreate').then((m) => m.InvoiceCreate)),
  edit: lazyPage(() => import('./InvoiceCreate').then((m) => m.InvoiceEdit)),
  icon: InvoiceIcon,
};
