import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrate, readMigrations } from './migrate'

const url = process.env.DATABASE_URL

describe('the migrator', () => {
  const client = new pg.Client({ connectionString: url })
  beforeAll(() => client.connect())
  afterAll(() => client.end())

  it('records every migration the way Prisma does, and applies nothing twice', async () => {
    expect(await migrate(url!)).toEqual([])
    const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
      'SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name',
    )
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(readMigrations().map((m) => [m.name, m.checksum]))
    for (const row of rows) {
      expect(row.finished_at).toBeInstanceOf(Date)
      expect(row.applied_steps_count).toBe(1)
    }
  })

  it('keeps source snapshots immutable and the audit log append-only', async () => {
    await expect(client.query(`UPDATE "SourceSnapshot" SET "text" = 'changed'`)).rejects.toThrow(/immutable/)
    await expect(client.query(`DELETE FROM "AuditEntry"`)).rejects.toThrow(/append-only/)
    await expect(client.query(`UPDATE "AuditEntry" SET "action" = 'x'`)).rejects.toThrow(/append-only/)
  })
})
