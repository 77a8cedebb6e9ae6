import { getDb } from '@/lib/db'

export const dynamic = 'force-dynamic'

/** Liveness and database state, for load balancers and uptime checks. */
export async function GET() {
  try {
    const [{ migrations }] = await getDb().$queryRaw<[{ migrations: number }]>`
      SELECT count(*)::int AS migrations FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`
    return Response.json({ status: 'ok', database: { state: 'up', migrations } }, { headers: { 'Cache-Control': 'no-store' } })
  } catch (error) {
    console.error('health check: database unreachable', error)
    return Response.json({ status: 'error', database: { state: 'down' } }, { status: 503, headers: { 'Cache-Control': 'no-store' } })
  }
}
