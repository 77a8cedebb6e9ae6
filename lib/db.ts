// The one Prisma client. No Next.js imports here, so the seed, the CLI and e2e fixtures can use it.
import { PrismaPg } from '@prisma/adapter-pg'
import type { ITXClientDenyList } from '@prisma/client/runtime/client'
import pg from 'pg'
import { PrismaClient } from './generated/prisma/client'
import { requireDatabaseUrl } from './env'

function createClient(adapter: PrismaPg) {
  return new PrismaClient({
    adapter,
    // Password hashes never leave the database unless a query asks for them by name, and neither
    // do a source's original bytes (up to megabytes a row), which only the download reads.
    omit: { user: { passwordHash: true }, sourceOriginal: { bytes: true }, capture: { upload: true } },
  })
}

export type Db = ReturnType<typeof createClient>

/** The client inside an interactive transaction: everything but connection and transaction control. */
export type DbTransaction = Omit<Db, ITXClientDenyList>

const globalForDb = globalThis as unknown as { claimtrailPool?: pg.Pool; claimtrailDb?: Db }

/** The connection pool for DATABASE_URL, shared by Prisma and the few raw users (rate limiting). */
export function getPool(): pg.Pool {
  globalForDb.claimtrailPool ??= new pg.Pool({ connectionString: requireDatabaseUrl() })
  return globalForDb.claimtrailPool
}

/** The shared client for DATABASE_URL, created on first use (so `next build` needs no database). */
export function getDb(): Db {
  globalForDb.claimtrailDb ??= createClient(new PrismaPg(getPool()))
  return globalForDb.claimtrailDb
}

/** A client for another database, e.g. in the CLI; the caller disconnects it (which ends its pool). */
export function connectDb(url: string): Db {
  return createClient(new PrismaPg({ connectionString: url }))
}

/**
 * Runs reads on one snapshot of the database. Prisma reads a nested select with a query per level,
 * so a row deleted between two of them (a claim, and with it its verdicts) would come back as null
 * where the schema promises a row, and the page would fail; in one REPEATABLE READ transaction every
 * level sees the same moment.
 */
export function readConsistently<T>(read: (tx: DbTransaction) => Promise<T>): Promise<T> {
  return getDb().$transaction(read, { isolationLevel: 'RepeatableRead' })
}
