// Whether an error means the database is away (down, restarting, unreachable, or read-only during a
// failover), as opposed to a fault in what we asked. Forms then keep what was typed and say the
// service is briefly unavailable; the health check says so too. Prisma wraps the driver's error in
// several ways (a known request error with P1001 or P1017, a raw-query error carrying the driver
// adapter's error, an initialisation error), so the whole cause chain is read.
import { Prisma } from './generated/prisma/client'

/** PostgreSQL SQLSTATE classes and codes of an unavailable server: 08 connection, 57P0x shutdown, 25006 read-only. */
const UNAVAILABLE_STATES = /^(?:08...|57P0[1-4]|53300|25006)$/
const UNAVAILABLE_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'EAI_AGAIN'])
const UNAVAILABLE_PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024'])
const UNAVAILABLE_ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections'])
const UNAVAILABLE_WORDS = /Can't reach database server|Connection terminated|server closed the connection|the database system is (?:starting up|shutting down|in recovery mode)|read-only transaction|DatabaseNotReachable|ConnectionClosed/i

function* chain(error: unknown): Generator<Record<string, unknown>> {
  const seen = new Set<unknown>()
  let current: unknown = error
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current)
    const record = current as Record<string, unknown>
    yield record
    const meta = record.meta as Record<string, unknown> | undefined
    if (meta?.driverAdapterError) yield* chain(meta.driverAdapterError)
    current = record.cause
  }
}

export function isDatabaseUnavailable(error: unknown): boolean {
  for (const link of chain(error)) {
    const code = typeof link.code === 'string' ? link.code : ''
    if (UNAVAILABLE_STATES.test(code) || UNAVAILABLE_NODE_CODES.has(code) || UNAVAILABLE_PRISMA_CODES.has(code)) return true
    if (typeof link.kind === 'string' && UNAVAILABLE_ADAPTER_KINDS.has(link.kind)) return true
    if (typeof link.originalCode === 'string' && UNAVAILABLE_STATES.test(link.originalCode)) return true
    if (link.name === 'PrismaClientInitializationError') return true
    if (typeof link.message === 'string' && UNAVAILABLE_WORDS.test(link.message)) return true
  }
  return false
}

/** What a form says when the database is away: nothing is lost, try again shortly. */
export const UNAVAILABLE_MESSAGE = 'The service is briefly unavailable (our database did not answer), so nothing was saved. What you typed is still here: try again in a minute.'

/** A unique constraint refused the write (Prisma's P2002): two people took the same slug or email at once. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002'
}
