import EmailIcon from '@mui/icons-material/EmailOutlined';
import SmsIcon from '@mui/icons-material/Sms';
import PhoneIcon from '@mui/icons-material/PhoneInTalk';
import EscalationIcon from '@mui/icons-material/TrendingUp';
import GavelIcon from '@mui/icons-material/Gavel';
import NotificationIcon from '@mui/icons-material/NotificationsActive';
import { Tooltip } from '@mui/material';
import { colors } from '../theme';

const ICONS = {
  EMAIL: { Icon: EmailIcon, label: 'E-mail', color: colors.primary },
  SMS: { Icon: SmsIcon, label: 'SMS', color: colors.teal },
  CALL_TASK: { Icon: PhoneIcon, label: "Tâche d'appel", color: colors.orange },
  INTERNAL_NOTIFICATION: { Icon: NotificationIcon, label: 'Notification interne', color: colors.textSecondary },
  INTERNAL: { Icon: NotificationIcon, label: 'Notification interne', color: colors.textSecondary },
  ESCALATION: { Icon: EscalationIcon, label: 'Escalade', color: colors.red },
  FORMAL_NOTICE: { Icon: GavelIcon, label: 'Mise en demeure (LRAR)', color: colors.darkRed },
  LETTER: { Icon: GavelIcon, label: 'Courrier recommandé', color: colors.darkRed },
} as const;

/** Email, SMS, phone, escalation, gavel for the formal notice: how a dunning action reaches its target. */
export function ChannelIcon({ type, fontSize = 'small' }: { type: string; fontSize?: 'small' | 'medium' }) {
  const spec = ICONS[type as keyof typeof ICONS] ?? ICONS.EMAIL;
  return (
    <Tooltip title={spec.label}>
      <spec.Icon fontSize={fontSize} sx={{ color: spec.color }} data-channel={type} />
    </Tooltip>
  );
}

export const channelLabel = (type: string): string => ICONS[type as keyof typeof ICONS]?.label ?? type;
