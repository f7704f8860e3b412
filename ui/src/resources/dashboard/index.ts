import DashboardIcon from '@mui/icons-material/SpaceDashboardOutlined';
import { lazyPage } from '../../components/lazyPage';

export const dashboard = {
  page: lazyPage(() => import('./Dashboard').then((m) => m.Dashboard)),
  icon: DashboardIcon,
};
