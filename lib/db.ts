// The one Prisma client. No Next.js imports here, so the seed, the CLI and e2e fixtures can use it.
import { PrismaPg } from '@prisma/adapter-pg'
import type { ITXClientDenyList } from '@prisma/client/runtime/client'
import { PrismaClient } from './generated/prisma/client'
import { requireDatabaseUrl } from './env'

function createClient(url: string) {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: url }),
    // Password hashes never leave the database unless a query asks for them by name.
    omit: { user: { passwordHash: true } },
  })
}

export type Db = ReturnType<typeof createClient>

/** The client inside an interactive transaction: everything but connection and transaction control. */
export type DbTransaction = Omit<Db, ITXClientDenyList>

const globalForDb = globalThis as unknown as { claimtrailDb?: Db }

/** The shared client for DATABASE_URL, created on first use (so `next build` needs no database). */
export function getDb(): Db {
  globalForDb.claimtrailDb ??= createClient(requireDatabaseUrl())
  return globalForDb.claimtrailDb
}

/** A client for another database, e.g. in the CLI; the caller disconnects it. */
export function connectDb(url: string): Db {
  return createClient(url)
}
