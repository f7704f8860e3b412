import ApprovalIcon from '@mui/icons-material/FactCheckOutlined';
import { lazyPage } from '../../components/lazyPage';

export const approvals = {
  list: lazyPage(() => import('./ApprovalInbox').then((m) => m.ApprovalInbox)),
  show: lazyPage(() => import('./ApprovalShow').then((m) => m.ApprovalShow)),
  icon: ApprovalIcon,
};
