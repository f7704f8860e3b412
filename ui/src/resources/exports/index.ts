import ExportsIcon from '@mui/icons-material/FileDownloadOutlined';
import { lazyPage } from '../../components/lazyPage';
import { may } from '../../roles';

export const exportsPage = {
  page: lazyPage(() => import('./Exports').then((m) => m.Exports)),
  icon: ExportsIcon,
};

/** Finance exports: the accounting role, and ADMIN, whom the API's guard always lets through. */
export const mayExport = (role: unknown): boolean => role === 'ADMIN' || may(role, 'accounting');
