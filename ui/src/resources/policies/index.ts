import PolicyIcon from '@mui/icons-material/EventRepeatOutlined';
import { lazyPage } from '../../components/lazyPage';

export const policies = {
  list: lazyPage(() => import('./PolicyList').then((m) => m.PolicyList)),
  show: lazyPage(() => import('./PolicyShow').then((m) => m.PolicyShow)),
  create: lazyPage(() => import('./PolicyForm').then((m) => m.PolicyCreate)),
  edit: lazyPage(() => import('./PolicyForm').then((m) => m.PolicyEdit)),
  icon: PolicyIcon,
  recordRepresentation: 'name',
};
