import { defineConfig } from 'prisma/config'

// The Prisma CLI is used here only to generate the client; migrations are applied by
// lib/cli/migrate (see docs/decisions/001-migrations.md). DATABASE_URL is only needed for
// `prisma migrate deploy` on a machine where Prisma's schema engine can be downloaded.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? '' },
})
