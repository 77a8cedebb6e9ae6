// The annotating actions against a real database: the server builds every quote from the stored
// text, a stale claim save is refused naming who saved, and a cited passage stays attached.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { connectDb } from '../db'
import { createClaim } from './create-claim'
import { removeAppearance } from './remove-appearance'
import { updateClaim } from './update-claim'
import { formData } from '../testing/form-data'

vi.mock('next/cache', () => ({ revalidatePath: () => {} }))

describe('annotating actions', () => {
  const db = connectDb(process.env.DATABASE_URL!)
  const stamp = `${Date.now()}-${process.pid}`
  let userId = ''
  let snapshot = { id: '', text: '' }

  beforeAll(async () => {
    const user = await db.user.create({ data: { email: `annotate-${stamp}@example.org`, name: `Annotator ${stamp}`, role: 'REVIEWER', passwordHash: 'not a usable hash' } })
    userId = user.id
    const source = await db.source.findFirstOrThrow({ where: { title: { startsWith: 'DOJ watchdog report' } }, select: { snapshots: { orderBy: { version: 'desc' }, take: 1, select: { id: true, text: true } } } })
    snapshot = source.snapshots[0]!
  })
  afterAll(async () => {
    await db.claim.deleteMany({ where: { text: { contains: stamp } } })
    await db.quote.deleteMany({ where: { createdById: userId, appearances: { none: {} }, figures: { none: {} }, evidence: { none: {} } } })
    await db.user.update({ where: { id: userId }, data: { disabledAt: new Date() } })
    await db.$disconnect()
  })

  it('takes the quoted words from the stored text, whatever else the form sends, and numbers a clashing slug', async () => {
    const start = snapshot.text.indexOf('underestimated how complicated')
    const fields = { snapshotId: snapshot.id, start, end: start + 30, stance: 'MAKES', exact: 'forged words' }
    const first = await createClaim.run(userId, formData({ ...fields, text: `Sessions misjudged zero tolerance ${stamp}` }))
    expect(first).toMatchObject({ redirectTo: expect.stringMatching(/^\/review\/sources\/\w+\?claim=\w+#q-\w+$/) })
    const second = await createClaim.run(userId, formData({ ...fields, text: `Sessions misjudged zero tolerance ${stamp}!` }))
    expect(second).toHaveProperty('redirectTo')
    const claims = await db.claim.findMany({ where: { text: { contains: stamp } }, orderBy: { createdAt: 'asc' }, select: { slug: true, appearances: { select: { quoteId: true, quote: { select: { exact: true } } } } } })
    expect(claims.map((c) => c.slug)).toEqual([`sessions-misjudged-zero-tolerance-${stamp}`, `sessions-misjudged-zero-tolerance-${stamp}-2`])
    expect(claims[0]!.appearances[0]!.quote.exact).toBe('underestimated how complicated')
    expect(claims[1]!.appearances[0]!.quoteId).toBe(claims[0]!.appearances[0]!.quoteId)
  })

  it('refuses offsets outside the text and writes nothing', async () => {
    const before = await db.quote.count()
    const outcome = await createClaim.run(userId, formData({ snapshotId: snapshot.id, start: snapshot.text.length - 2, end: snapshot.text.length + 40, stance: 'MAKES', text: `Out of range ${stamp}` }))
    expect(outcome).toMatchObject({ status: 'invalid', fieldErrors: { end: [expect.any(String)] } })
    expect(await db.quote.count()).toBe(before)
    expect(await db.claim.count({ where: { text: `Out of range ${stamp}` } })).toBe(0)
  })

  it('refuses a save based on an older version, naming who saved in between', async () => {
    const claim = await db.claim.findFirstOrThrow({ where: { text: { contains: stamp } }, select: { id: true, lockVersion: true } })
    const saved = await updateClaim.run(userId, formData({ claimId: claim.id, lockVersion: claim.lockVersion, text: `Sessions misjudged it, reworded ${stamp}` }))
    expect(saved).toMatchObject({ status: 'ok' })
    const stale = await updateClaim.run(userId, formData({ claimId: claim.id, lockVersion: claim.lockVersion, text: `A stale rewording ${stamp}` }))
    expect(stale).toMatchObject({ status: 'conflict', message: expect.stringContaining(`Annotator ${stamp} saved this claim at`) })
    expect(stale).toMatchObject({ values: { text: `A stale rewording ${stamp}` } })
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).text).toBe(`Sessions misjudged it, reworded ${stamp}`)
  })

  it('locks the wording of a claim once it is published', async () => {
    const claim = await db.claim.create({ data: { slug: `locked-${stamp}`, text: `Published wording ${stamp}`, publishedAt: new Date() } })
    const refused = await updateClaim.run(userId, formData({ claimId: claim.id, lockVersion: claim.lockVersion, text: `Quietly reworded ${stamp}` }))
    expect(refused).toMatchObject({ status: 'forbidden', message: expect.stringContaining('published, so its wording is locked') })
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { text: true, slug: true } })).toEqual({ text: `Published wording ${stamp}`, slug: `locked-${stamp}` })
  })

  it('keeps a passage that a published verdict cites', async () => {
    const evidence = await db.verdictEvidence.findMany({ where: { verdict: { status: 'PUBLISHED' } }, select: { quoteId: true, verdict: { select: { claimId: true } } } })
    const pairs = evidence.map((e) => ({ claimId: e.verdict.claimId, quoteId: e.quoteId }))
    const cited = await db.appearance.findFirstOrThrow({ where: { OR: pairs }, orderBy: { id: 'asc' }, select: { id: true } })
    expect(await removeAppearance.run(userId, formData({ appearanceId: cited.id }))).toMatchObject({ status: 'forbidden' })
    expect(await db.appearance.count({ where: { id: cited.id } })).toBe(1)
  })
})
