// Demo data for development and tests: one seller with its full French legal identity, one user per role,
// one customer per profile and the four default dunning policies. Idempotent: run it as often as you like.
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import type { CustomerProfile, Role } from '../generated/prisma/enums';
import { hashPassword } from '../auth/auth.service';
import { DEFAULT_APPROVAL_CIRCUIT } from '../companies/company-settings';
import { DEFAULT_POLICIES } from '../dunning/default-policies';
import { DEFAULT_DUNNING_SETTINGS } from '../dunning/policy';

export const DEMO_PASSWORD = 'demo';

export interface DemoUserSpec {
  key: string;
  email: string;
  fullName: string;
  role: Role;
  manager?: string;
}

/** Logins printed by `npm start` (development only). */
export const DEMO_USERS: DemoUserSpec[] = [
  { key: 'director', email: 'director@demo.test', fullName: 'Claire Dubois', role: 'DIRECTOR' },
  { key: 'daf', email: 'daf@demo.test', fullName: 'Marc Lefèvre', role: 'FINANCE_DIRECTOR', manager: 'director' },
  { key: 'manager', email: 'manager@demo.test', fullName: 'Sophie Martin', role: 'MANAGER', manager: 'director' },
  { key: 'sales', email: 'sales@demo.test', fullName: 'Julien Moreau', role: 'SALES', manager: 'manager' },
  { key: 'adv', email: 'adv@demo.test', fullName: 'Nadia Benali', role: 'ADV', manager: 'daf' },
  { key: 'admin', email: 'admin@demo.test', fullName: 'Thomas Girard', role: 'ADMIN', manager: 'director' },
];

export const DEMO_COMPANY = {
  legalName: 'Atelier Numérique Lyonnais',
  tradeName: 'ANL Conseil',
  legalForm: 'SAS',
  shareCapitalCents: 5_000_000,
  addressLine1: '12 rue de la République',
  postalCode: '69002',
  city: 'Lyon',
  country: 'FR',
  siren: '812345676',
  siret: '81234567600025',
  rcsCity: 'Lyon',
  vatNumber: 'FR19812345676',
  email: 'facturation@anl-conseil.fr',
  phone: '+33 4 72 00 00 00',
  website: 'https://anl-conseil.fr',
  iban: 'FR76 3000 4000 0312 3456 7890 143',
  bic: 'BNPAFRPPXXX',
  bankName: 'BNP Paribas Lyon République',
  defaultPaymentTermsDays: 30,
  ecbRateBp: 215,
} satisfies Partial<Prisma.CompanyCreateInput>;

interface DemoCustomerSpec {
  name: string;
  profile: CustomerProfile;
  siren: string;
  city: string;
  postalCode: string;
  contact: string;
  paymentTermsDays: number;
}

const DEMO_CUSTOMERS: DemoCustomerSpec[] = [
  {
    name: 'Groupe Horizon Santé',
    profile: 'VIP',
    siren: '552100554',
    city: 'Paris',
    postalCode: '75008',
    contact: 'Isabelle Fontaine',
    paymentTermsDays: 45,
  },
  {
    name: 'Boulangeries Rhône Alpes',
    profile: 'STANDARD',
    siren: '403052111',
    city: 'Villeurbanne',
    postalCode: '69100',
    contact: 'Pierre Garnier',
    paymentTermsDays: 30,
  },
  {
    name: 'Startup Kéa Mobilité',
    profile: 'NEW',
    siren: '901234567',
    city: 'Grenoble',
    postalCode: '38000',
    contact: 'Léa Roussel',
    paymentTermsDays: 30,
  },
  {
    name: 'Transports Vasseur',
    profile: 'BAD_PAYER',
    siren: '334567898',
    city: 'Saint-Étienne',
    postalCode: '42000',
    contact: 'Bruno Vasseur',
    paymentTermsDays: 30,
  },
];

export interface SeededDemo {
  companyId: string;
  users: Record<string, { id: string; email: string; role: Role }>;
  customers: Record<CustomerProfile, string>;
}

/** Seeds (or finds) the demo company identified by its SIRET; `overrides` lets tests create isolated companies. */
/** `customerEmailDomain` keeps customers' mailboxes apart when several databases share one SMTP peer (tests). */
export async function seedDemoData(
  prisma: PrismaClient,
  overrides: { siret?: string; emailDomain?: string; customerEmailDomain?: string } = {},
): Promise<SeededDemo> {
  const siret = overrides.siret ?? DEMO_COMPANY.siret;
  const domain = overrides.emailDomain ?? 'demo.test';
  const company = await prisma.company.upsert({
    where: { siret },
    update: {},
    create: {
      ...DEMO_COMPANY,
      siret,
      siren: siret.slice(0, 9),
      vatNumber: frenchVatNumber(siret.slice(0, 9)),
      approvalCircuit: DEFAULT_APPROVAL_CIRCUIT as unknown as Prisma.InputJsonValue,
      dunningSettings: DEFAULT_DUNNING_SETTINGS as unknown as Prisma.InputJsonValue,
    },
  });
  const users = await seedUsers(prisma, company.id, domain);
  await seedPolicies(prisma, company.id);
  const customers = await seedCustomers(prisma, company.id, users.sales.id, overrides.customerEmailDomain ?? domain);
  return { companyId: company.id, users, customers };
}

async function seedUsers(prisma: PrismaClient, companyId: string, domain: string): Promise<SeededDemo['users']> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users: SeededDemo['users'] = {};
  for (const spec of DEMO_USERS) {
    const email = spec.email.replace('demo.test', domain);
    const managerId = spec.manager ? users[spec.manager].id : undefined;
    const user = await prisma.user.upsert({
      where: { email },
      update: {},
      create: {
        companyId,
        email,
        passwordHash,
        fullName: spec.fullName,
        role: spec.role,
        managerId,
        phone: '+33 6 00 00 00 00',
      },
    });
    users[spec.key] = { id: user.id, email, role: user.role };
  }
  return users;
}

async function seedPolicies(prisma: PrismaClient, companyId: string): Promise<void> {
  for (const policy of DEFAULT_POLICIES) {
    const existing = await prisma.dunningPolicy.findUnique({
      where: { companyId_code: { companyId, code: policy.code } },
    });
    if (existing) {
      continue;
    }
    await prisma.dunningPolicy.create({
      data: {
        companyId,
        code: policy.code,
        name: policy.name,
        description: policy.description,
        currentVersion: 1,
        versions: { create: { version: 1, steps: policy.steps as unknown as Prisma.InputJsonValue } },
      },
    });
  }
}

async function seedCustomers(
  prisma: PrismaClient,
  companyId: string,
  ownerId: string,
  domain: string,
): Promise<SeededDemo['customers']> {
  const ids = {} as SeededDemo['customers'];
  for (const [i, spec] of DEMO_CUSTOMERS.entries()) {
    const slug = spec.name
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z]+/g, '-')
      .replace(/^-|-$/g, '');
    const existing = await prisma.customer.findFirst({ where: { companyId, name: spec.name } });
    const customer =
      existing ??
      (await prisma.customer.create({
        data: {
          companyId,
          name: spec.name,
          legalForm: 'SAS',
          siren: spec.siren,
          siret: `${spec.siren}00021`,
          vatNumber: frenchVatNumber(spec.siren),
          addressLine1: `${10 + i} avenue des Clients`,
          postalCode: spec.postalCode,
          city: spec.city,
          billingEmail: `compta@${slug}.${domain}`,
          phone: '+33 4 78 00 00 0' + i,
          decisionMakerName: spec.contact,
          decisionMakerEmail: `direction@${slug}.${domain}`,
          decisionMakerMobile: `+3361234560${i}`,
          profile: spec.profile,
          paymentTermsDays: spec.paymentTermsDays,
          ownerId,
        },
      }));
    ids[spec.profile] = customer.id;
  }
  return ids;
}

/** Intra-EU VAT number of a French company: FR + key + SIREN, key = (12 + 3 × (SIREN mod 97)) mod 97. */
export function frenchVatNumber(siren: string): string {
  return `FR${String((12 + 3 * (Number(siren) % 97)) % 97).padStart(2, '0')}${siren}`;
}
