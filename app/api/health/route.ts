import { getDb } from '@/lib/db'

export const dynamic = 'force-dynamic'

const NO_STORE = { 'Cache-Control': 'no-store' }

/**
 * Liveness and database state, for load balancers and uptime checks: 200 when the database
 * answers and takes writes; 503 when it is down, or read-only (a standby during a failover), since
 * then every save would fail.
 */
export async function GET() {
  try {
    const [state] = await getDb().$queryRaw<[{ migrations: number; isReadOnly: boolean }]>`
      SELECT (SELECT count(*)::int FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL) AS migrations,
             (pg_is_in_recovery() OR current_setting('default_transaction_read_only') = 'on') AS "isReadOnly"`
    if (state.isReadOnly) {
      return Response.json({ status: 'degraded', database: { state: 'read-only', migrations: state.migrations } }, { status: 503, headers: NO_STORE })
    }
    return Response.json({ status: 'ok', database: { state: 'up', migrations: state.migrations } }, { headers: NO_STORE })
  } catch (error) {
    console.error(`health check: database unreachable: ${error instanceof Error ? error.message.split('\n').filter(Boolean).at(-1) : String(error)}`)
    return Response.json({ status: 'error', database: { state: 'down' } }, { status: 503, headers: NO_STORE })
  }
}
