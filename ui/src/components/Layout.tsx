import type { ReactNode } from 'react';
import {
  AppBar,
  Layout as RaLayout,
  Menu,
  TitlePortal,
  usePermissions,
  UserMenu,
  Logout,
  useGetIdentity,
  LoadingIndicator,
} from 'react-admin';
import { Box, Chip, Typography } from '@mui/material';
import { approvals } from '../resources/approvals';
import { customers } from '../resources/customers';
import { dashboard } from '../resources/dashboard';
import { exportsPage, mayExport } from '../resources/exports';
import { invoices } from '../resources/invoices';
import { policies } from '../resources/policies';
import { settings } from '../resources/settings';
import { bank } from '../resources/bank';
import { tasks } from '../resources/tasks';
import { may, ROLE_LABELS } from '../roles';
import type { Role } from '../http';
import { colors } from '../theme';

function Brand() {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.25, mr: 3 }}>
      <Box
        sx={{
          width: 30,
          height: 30,
          borderRadius: 1.5,
          bgcolor: colors.white,
          color: 'primary.main',
          display: 'grid',
          placeItems: 'center',
          fontWeight: 800,
        }}
      >
        A
      </Box>
      <Typography variant="h6" sx={{ fontWeight: 800, letterSpacing: 0.3 }}>
        Acquitte
      </Typography>
    </Box>
  );
}

function Who() {
  const { identity } = useGetIdentity();
  // The user menu shows the name; the role chip says what this session may do.
  if (!identity) {
    return null;
  }
  return (
    <Box sx={{ display: { xs: 'none', md: 'flex' }, alignItems: 'center', gap: 1, mr: 1 }}>
      <Chip
        size="small"
        label={ROLE_LABELS[identity.role as Role] ?? identity.role}
        sx={{ bgcolor: colors.onPrimaryGlass, color: colors.white }}
      />
    </Box>
  );
}

function TopBar() {
  return (
    <AppBar
      userMenu={
        <UserMenu>
          <Logout />
        </UserMenu>
      }
      toolbar={
        <>
          <Who />
          <LoadingIndicator />
        </>
      }
    >
      <Brand />
      <TitlePortal variant="body1" sx={{ opacity: 0.85 }} />
    </AppBar>
  );
}

function RoleMenu() {
  const { permissions } = usePermissions();
  return (
    <Menu sx={{ pt: 1 }}>
      <Menu.Item to="/" primaryText="Tableau de bord" leftIcon={<dashboard.icon />} />
      {may(permissions, 'approvals') && (
        <Menu.Item to="/approvals" primaryText="À valider" leftIcon={<approvals.icon />} />
      )}
      <Menu.Item to="/invoices" primaryText="Factures" leftIcon={<invoices.icon />} />
      <Menu.Item to="/customers" primaryText="Clients" leftIcon={<customers.icon />} />
      {may(permissions, 'tasks') && <Menu.Item to="/tasks" primaryText="Mes tâches" leftIcon={<tasks.icon />} />}
      {may(permissions, 'policies') && (
        <Menu.Item to="/dunning-policies" primaryText="Politiques de relance" leftIcon={<policies.icon />} />
      )}
      {mayExport(permissions) && <Menu.Item to="/exports" primaryText="Exports" leftIcon={<exportsPage.icon />} />}
      {may(permissions, 'bankStatements') && (
        <Menu.Item to="/bank" primaryText="Relevés bancaires" leftIcon={<bank.icon />} />
      )}
      {may(permissions, 'settings') && (
        <Menu.Item to="/settings" primaryText="Paramètres" leftIcon={<settings.icon />} />
      )}
    </Menu>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  return (
    <RaLayout appBar={TopBar} menu={RoleMenu}>
      {children}
    </RaLayout>
  );
}
