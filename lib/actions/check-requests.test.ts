// Readers' check requests against the database: a valid request is stored, bad input and robots
// are refused with nothing stored, an address is limited to five an hour, and a reviewer decides
// each request once, on the record.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { connectDb } from '../db'
import { CLIENT_ADDRESS_HEADER } from '../http/client-address'
import { decideCheckRequest } from './decide-check-request'
import { sendCheckRequest } from './send-check-request'
import { formData } from '../testing/form-data'

vi.mock('next/cache', () => ({ revalidatePath: () => {} }))

describe('check requests', () => {
  const db = connectDb(process.env.DATABASE_URL!)
  const stamp = `${Date.now()}-${process.pid}`
  // As the web server passes it on; a client's own X-Forwarded-For counts for nothing.
  const from = (address: string) => new Headers({ [CLIENT_ADDRESS_HEADER]: address, 'x-forwarded-for': '203.0.113.9' })
  let reviewerId = ''

  beforeAll(async () => {
    const user = await db.user.create({ data: { email: `requests-${stamp}@example.org`, name: `Triage ${stamp}`, role: 'REVIEWER', passwordHash: 'not a usable hash' } })
    reviewerId = user.id
  })
  afterAll(async () => {
    await db.checkRequest.deleteMany({ where: { claimText: { contains: stamp } } })
    await db.user.update({ where: { id: reviewerId }, data: { disabledAt: new Date() } })
    await db.$disconnect()
  })

  it('stores a request with where it was seen and an optional email', async () => {
    const state = await sendCheckRequest.run(from(`198.51.100.1-${stamp}`), formData({ claimText: `Crime fell 50 percent last year ${stamp}`, seenAt: 'https://example.org/speech', email: '' }))
    expect(state).toMatchObject({ status: 'ok' })
    const stored = await db.checkRequest.findFirstOrThrow({ where: { claimText: { contains: stamp } } })
    expect(stored).toMatchObject({ seenAt: 'https://example.org/speech', email: null, status: 'NEW' })
  })

  it('refuses short, oversized or malformed input, and a filled honeypot, storing nothing', async () => {
    const before = await db.checkRequest.count()
    const address = from(`198.51.100.2-${stamp}`)
    const short = await sendCheckRequest.run(address, formData({ claimText: 'short' }))
    expect(short.fieldErrors?.claimText?.[0]).toMatch(/sentence or two/)
    const long = await sendCheckRequest.run(address, formData({ claimText: `${stamp} ${'x'.repeat(2100)}` }))
    expect(long.fieldErrors?.claimText?.[0]).toMatch(/2,000 characters/)
    const email = await sendCheckRequest.run(address, formData({ claimText: `A claim to check ${stamp}`, email: 'not an address' }))
    expect(email.fieldErrors?.email?.[0]).toMatch(/email address/)
    expect(email.values?.claimText).toBe(`A claim to check ${stamp}`)
    const robot = await sendCheckRequest.run(address, formData({ claimText: `A claim to check ${stamp}`, website: 'http://spam.example' }))
    expect(robot.status).toBe('invalid')
    expect(await db.checkRequest.count()).toBe(before)
  })

  it('takes five requests an hour from one address, then refuses and keeps the text', async () => {
    const address = from(`198.51.100.3-${stamp}`)
    for (let i = 0; i < 5; i++) expect((await sendCheckRequest.run(address, formData({ claimText: `Request number ${i} ${stamp}` }))).status).toBe('ok')
    const refused = await sendCheckRequest.run(address, formData({ claimText: `One request too many ${stamp}` }))
    expect(refused).toMatchObject({ status: 'forbidden', values: { claimText: `One request too many ${stamp}` } })
    expect(await db.checkRequest.count({ where: { claimText: `One request too many ${stamp}` } })).toBe(0)
    expect((await sendCheckRequest.run(from(`198.51.100.4-${stamp}`), formData({ claimText: `Another reader ${stamp}` }))).status).toBe('ok')
  })

  it('lets a reviewer take a request up once, with an audit entry', async () => {
    const request = await db.checkRequest.findFirstOrThrow({ where: { claimText: `Another reader ${stamp}` }, select: { id: true } })
    const decided = await decideCheckRequest.run(reviewerId, formData({ requestId: request.id, status: 'TAKEN_UP', decisionNote: 'Worth a look' }))
    expect(decided).toMatchObject({ status: 'ok' })
    const again = await decideCheckRequest.run(reviewerId, formData({ requestId: request.id, status: 'DECLINED' }))
    expect(again).toMatchObject({ status: 'conflict', message: expect.stringContaining('already took up') })
    expect(await db.checkRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: 'TAKEN_UP', decidedById: reviewerId, decisionNote: 'Worth a look' })
    expect(await db.auditEntry.count({ where: { entityType: 'CheckRequest', entityId: request.id } })).toBe(1)
  })
})
