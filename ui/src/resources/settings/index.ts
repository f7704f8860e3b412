import SettingsIcon from '@mui/icons-material/TuneOutlined';
import { lazyPage } from '../../components/lazyPage';

export const settings = {
  page: lazyPage(() => import('./Settings').then((m) => m.Settings)),
  icon: SettingsIcon,
};
