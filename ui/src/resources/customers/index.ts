import CustomerIcon from '@mui/icons-material/StorefrontOutlined';
import { lazyPage } from '../../components/lazyPage';

export const customers = {
  list: lazyPage(() => import('./CustomerList').then((m) => m.CustomerList)),
  show: lazyPage(() => import('./CustomerShow').then((m) => m.CustomerShow)),
  create: lazyPage(() => import('./CustomerForm').then((m) => m.CustomerCreate)),
  edit: lazyPage(() => import('./CustomerForm').then((m) => m.CustomerEdit)),
  icon: CustomerIcon,
  recordRepresentation: 'name',
};
