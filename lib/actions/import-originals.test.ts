// Every import keeps the original it was read from (docs/decisions/021), through the actions as the
// import forms post to them, against a real database: a paste is kept as its UTF-8 text, an upload
// as the file's bytes, each with SHA-256, size and media type; the database refuses to change them.
import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { connectDb } from '../db'
import { formData } from '../testing/form-data'
import { importSource } from './import-source'
import { importSourceVersion } from './import-source-version'

vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }))

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
const sourceIdOf = (outcome: unknown) => /\/review\/sources\/(\w+)\?/.exec((outcome as { redirectTo?: string }).redirectTo ?? '')?.[1] ?? ''

describe('the original of an import', () => {
  const db = connectDb(process.env.DATABASE_URL!)
  const stamp = `${Date.now()}-${process.pid}`
  const sourceIds: string[] = []
  let userId = ''
  beforeAll(async () => {
    userId = (await db.user.findFirstOrThrow({ where: { role: 'REVIEWER', disabledAt: null }, select: { id: true } })).id
  })
  afterAll(async () => {
    await db.source.deleteMany({ where: { id: { in: sourceIds } } })
    await db.$disconnect()
  })

  const fields = { title: '', kind: 'NEWS_ARTICLE', publisher: '', author: '', url: '', publishedOn: '' }
  const originalsOf = (sourceId: string) =>
    db.sourceOriginal.findMany({
      where: { snapshot: { sourceId } },
      orderBy: { snapshot: { version: 'asc' } },
      select: { bytes: true, sha256: true, size: true, mediaType: true, fileName: true, snapshot: { select: { version: true, text: true } } },
    })

  it('keeps pasted text as UTF-8 plain text, exactly as posted (line breaks as CRLF), beside its normalised snapshot', async () => {
    const pasted = `Pasted “report” ${stamp}\r\n\r\nAt least 545 parents were not found.  \r\n`
    const outcome = await importSource.run(userId, formData({ ...fields, title: `Pasted ${stamp}`, text: pasted }))
    const sourceId = sourceIdOf(outcome)
    expect(sourceId).not.toBe('')
    sourceIds.push(sourceId)
    const [original] = await originalsOf(sourceId)
    const bytes = new TextEncoder().encode(pasted)
    expect(original).toMatchObject({ sha256: sha256(bytes), size: bytes.byteLength, mediaType: 'text/plain; charset=utf-8', fileName: null })
    expect(new Uint8Array(original!.bytes)).toEqual(bytes)
    expect(original!.snapshot.text).toBe(`Pasted “report” ${stamp}\n\nAt least 545 parents were not found.`)
  })

  it('keeps an uploaded file’s bytes with the type it was read as and its name, for a new source and a new version', async () => {
    const page = Buffer.from(`\uFEFF<!doctype html><html><head><title>Upload ${stamp}</title></head><body><article><h1>Upload ${stamp}</h1>${'<p>The inspector general found that at least 545 parents could not be located as of October 2020.</p>'.repeat(4)}</article></body></html>`)
    const form = formData(fields)
    form.set('file', new File([page], 'border report.html', { type: 'application/octet-stream' }))
    const sourceId = sourceIdOf(await importSource.run(userId, form))
    expect(sourceId).not.toBe('')
    sourceIds.push(sourceId)

    const markdown = Buffer.from(`# Upload ${stamp}, corrected\n\n- At least 545 parents\n- 611 children\n`)
    const next = formData({ sourceId })
    next.set('file', new File([markdown], 'corrected.md', { type: 'text/plain' }))
    expect(await importSourceVersion.run(userId, next)).toMatchObject({ redirectTo: expect.stringContaining('version=2') })

    const [first, second] = await originalsOf(sourceId)
    // The file's own bytes, byte-order mark and all; the browser's reported type is not what decides.
    expect(new Uint8Array(first!.bytes)).toEqual(new Uint8Array(page))
    expect(first).toMatchObject({ sha256: sha256(page), size: page.byteLength, mediaType: 'text/html; charset=utf-8', fileName: 'border report.html', snapshot: { version: 1 } })
    expect(new Uint8Array(second!.bytes)).toEqual(new Uint8Array(markdown))
    expect(second).toMatchObject({ sha256: sha256(markdown), size: markdown.byteLength, mediaType: 'text/markdown; charset=utf-8', fileName: 'corrected.md', snapshot: { version: 2 } })

    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityId: sourceId, action: 'source.import' }, select: { after: true } })
    expect(audit.after).toMatchObject({ original: { sha256: sha256(page), size: page.byteLength, mediaType: 'text/html; charset=utf-8', fileName: 'border report.html' } })
  })

  it('leaves the bytes out of every read that does not ask for them', async () => {
    const [row] = await db.sourceOriginal.findMany({ where: { snapshot: { sourceId: { in: sourceIds } } }, take: 1 })
    expect(row).toBeDefined()
    expect(row).not.toHaveProperty('bytes')
    expect(row).toHaveProperty('sha256')
  })

  it('is refused any change by the database, and goes only with its snapshot', async () => {
    const { id, snapshotId } = await db.sourceOriginal.findFirstOrThrow({ where: { snapshot: { sourceId: sourceIds[0] } }, select: { id: true, snapshotId: true } })
    await expect(db.$executeRaw`UPDATE "SourceOriginal" SET "bytes" = 'changed'::bytea, "sha256" = encode(sha256('changed'::bytea), 'hex'), "size" = 7 WHERE "id" = ${id}`).rejects.toThrow(/immutable/)
    await expect(db.$executeRaw`UPDATE "SourceOriginal" SET "mediaType" = 'text/html' WHERE "id" = ${id}`).rejects.toThrow(/immutable/)
    await expect(db.$executeRaw`DELETE FROM "SourceOriginal" WHERE "id" = ${id}`).rejects.toThrow(/immutable/)
    // A hash or size that does not describe the bytes is refused whoever writes the row.
    const other = await db.sourceSnapshot.findFirstOrThrow({ where: { sourceId: sourceIds[1], version: 1 }, select: { id: true } })
    const insert = (hash: string, size: number) =>
      db.$executeRaw`INSERT INTO "SourceOriginal" ("id", "snapshotId", "bytes", "sha256", "size", "mediaType") VALUES (${`x${stamp}`}, ${other.id}, 'abc'::bytea, ${hash}, ${size}, 'text/plain')`
    await expect(insert('0'.repeat(64), 3)).rejects.toThrow(/SourceOriginal_sha256_check/)
    await expect(insert(sha256(Buffer.from('abc')), 4)).rejects.toThrow(/SourceOriginal_size_check/)
    // With its snapshot (a withdrawn version, a deleted source) it goes too.
    await db.source.delete({ where: { id: sourceIds[0] } })
    expect(await db.sourceOriginal.count({ where: { snapshotId } })).toBe(0)
  })
})
