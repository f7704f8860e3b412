import TaskIcon from '@mui/icons-material/TaskAltOutlined';
import { lazyPage } from '../../components/lazyPage';

export const tasks = {
  list: lazyPage(() => import('./TaskList').then((m) => m.TaskList)),
  icon: TaskIcon,
};
