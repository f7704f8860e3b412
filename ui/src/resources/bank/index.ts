import BankIcon from '@mui/icons-material/AccountBalanceOutlined';
import { lazyPage } from '../../components/lazyPage';

export const bank = {
  page: lazyPage(() => import('./BankPage').then((m) => m.BankPage)),
  icon: BankIcon,
};
