import { defineConfig } from 'prisma/config';

// process.env, not env(): `prisma generate` must work without DATABASE_URL (see README, "Prisma offline").
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'tsx prisma/seed.ts' },
  datasource: { url: process.env.DATABASE_URL ?? '' },
});
