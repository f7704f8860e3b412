import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { authProvider } from './authProvider';
import { Layout } from './components/Layout';
import { LoginPage } from './components/LoginPage';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n';
import { approvals } from './resources/approvals';
import { bank } from './resources/bank';
import { customers } from './resources/customers';
import { dashboard } from './resources/dashboard';
import { exportsPage, mayExport } from './resources/exports';
import { invoices } from './resources/invoices';
import { policies } from './resources/policies';
import { settings } from './resources/settings';
import { tasks } from './resources/tasks';
import { may } from './roles';
import { theme } from './theme';

// Hash routing (react-admin's default): "/" serves index.html and the API keeps its root paths on the same origin.
// Each screen is loaded on first visit (resources/*/index.ts), so the login form only waits for the shell.
export function App() {
  return (
    <Admin
      title="Acquitte"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      theme={theme}
      layout={Layout}
      loginPage={LoginPage}
      dashboard={dashboard.page}
      requireAuth
      disableTelemetry
    >
      {(role: unknown) => (
        <>
          <Resource name="invoices" {...invoices} create={may(role, 'createInvoice') ? invoices.create : undefined} />
          {may(role, 'approvals') && <Resource name="approvals" {...approvals} />}
          <Resource
            name="customers"
            {...customers}
            create={may(role, 'createCustomer') ? customers.create : undefined}
          />
          {may(role, 'tasks') && <Resource name="tasks" {...tasks} />}
          <Resource name="dunning-policies" {...policies} list={may(role, 'policies') ? policies.list : undefined} />
          <Resource name="users" recordRepresentation="fullName" />
          {may(role, 'bankStatements') && (
            <CustomRoutes>
              <Route path="/bank" element={<bank.page />} />
            </CustomRoutes>
          )}
          {may(role, 'settings') && (
            <CustomRoutes>
              <Route path="/settings" element={<settings.page />} />
            </CustomRoutes>
          )}
          {mayExport(role) && (
            <CustomRoutes>
              <Route path="/exports" element={<exportsPage.page />} />
            </CustomRoutes>
          )}
        </>
      )}
    </Admin>
  );
}
