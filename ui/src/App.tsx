import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { authProvider } from './authProvider';
import { Layout } from './components/Layout';
import { LoginPage } from './components/LoginPage';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n';
import { ApprovalInbox } from './resources/approvals/ApprovalInbox';
import { ApprovalShow } from './resources/approvals/ApprovalShow';
import { CustomerCreate, CustomerEdit } from './resources/customers/CustomerForm';
import { CustomerList } from './resources/customers/CustomerList';
import { CustomerShow } from './resources/customers/CustomerShow';
import { Dashboard } from './resources/dashboard/Dashboard';
import { InvoiceCreate, InvoiceEdit } from './resources/invoices/InvoiceCreate';
import { InvoiceList } from './resources/invoices/InvoiceList';
import { InvoiceShow } from './resources/invoices/InvoiceShow';
import { PolicyCreate, PolicyEdit } from './resources/policies/PolicyForm';
import { PolicyList } from './resources/policies/PolicyList';
import { PolicyShow } from './resources/policies/PolicyShow';
import { Settings } from './resources/settings/Settings';
import { TaskList } from './resources/tasks/TaskList';
import { may } from './roles';
import { theme } from './theme';

// Hash routing (react-admin's default): "/" serves index.html and the API keeps its root paths on the same origin.
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
      dashboard={Dashboard}
      requireAuth
      disableTelemetry
    >
      {(role: unknown) => (
        <>
          <Resource name="invoices" list={InvoiceList} show={InvoiceShow} create={may(role, 'createInvoice') ? InvoiceCreate : undefined} edit={InvoiceEdit} />
          {may(role, 'approvals') && <Resource name="approvals" list={ApprovalInbox} show={ApprovalShow} />}
          <Resource name="customers" list={CustomerList} show={CustomerShow} create={may(role, 'createCustomer') ? CustomerCreate : undefined} edit={CustomerEdit} recordRepresentation="name" />
          {may(role, 'tasks') && <Resource name="tasks" list={TaskList} />}
          <Resource name="dunning-policies" list={may(role, 'policies') ? PolicyList : undefined} show={PolicyShow} create={PolicyCreate} edit={PolicyEdit} recordRepresentation="name" />
          <Resource name="users" recordRepresentation="fullName" />
          {may(role, 'settings') && (
            <CustomRoutes>
              <Route path="/settings" element={<Settings />} />
            </CustomRoutes>
          )}
        </>
      )}
    </Admin>
  );
}
