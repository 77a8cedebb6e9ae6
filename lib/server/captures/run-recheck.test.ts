// Re-checking a watched source against the real database and a local web server whose pages change
// between fetches, vanish, redirect elsewhere or fail and recover (docs/decisions/024).
import type { IncomingMessage, ServerResponse } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeQuote, findUniqueQuote } from '../../anchoring'
import { getSourcePage } from '../../data/public/sources'
import { PUBLIC_VIEWER } from '../../data/public/viewer'
import { connectDb } from '../../db'
import { startLocalWebServer, type LocalWebServer } from '../../testing/local-web-server'
import { articlePage, importByAddress, LOCAL_PAGES, sendHtml } from '../../testing/watched-pages'
import { changeDigest, readChangeScreen } from '../changes/read-change'
import { publishChange } from '../changes/publish-change'
import { runRecheck } from './run-recheck'
import { setSourceWatched } from './set-source-watched'

const stamp = `${Date.now()}-${process.pid}`
const paragraphs = (name: string) => [
  `The ${name} report ${stamp} says prosecutions rose 79 percent along the border in the spring of 2018.`,
  'Prosecutors said the cases would take no more than 72 hours in federal court, lawyers told the judge.',
  'At least 545 parents could not be located as of October, according to the filing made that week.',
]

describe('re-checking a watched source', () => {
  const db = connectDb(process.env.DATABASE_URL!)
  const users = { reviewer: { id: '', name: '' }, editor: { id: '', name: '' }, secondEditor: { id: '', name: '' } }
  const sourceIds: string[] = []
  const claimIds: string[] = []
  let server: LocalWebServer
  /** Each path's answer, changed by the tests between fetches. */
  const answers = new Map<string, (request: IncomingMessage, response: ServerResponse) => void>()
  const html = (path: string, page: string) => answers.set(path, (_, response) => sendHtml(response, page))
  const status = (path: string, code: number) => answers.set(path, (_, response) => void response.writeHead(code, { 'content-type': 'text/plain' }).end('no'))
  const url = (path: string) => `${server.origin}${path}`
  const asCurrent = (who: keyof typeof users, role: 'REVIEWER' | 'EDITOR') => ({ ...users[who], email: `${who}@example.org`, role })

  const captured = async (path: string, name: string) => {
    html(path, articlePage(`The ${name} report`, paragraphs(name)))
    const made = await importByAddress(db, url(path), users.reviewer.id)
    sourceIds.push(made.sourceId)
    return made
  }
  /** Runs a re-check asked for by `askerId` (null: the schedule, which needs the source watched). */
  const recheck = async (sourceId: string, askerId: string | null, { isLastTry = true } = {}) => {
    const source = await db.source.findUniqueOrThrow({ where: { id: sourceId }, select: { url: true } })
    const capture = await db.capture.create({ data: { purpose: 'RECHECK', requestedUrl: source.url!, sourceId, requestedById: askerId }, select: { id: true } })
    const run = () => runRecheck({ id: `job-${capture.id}`, data: { captureId: capture.id }, isLastTry }, { policy: LOCAL_PAGES })
    return { id: capture.id, run, row: () => db.capture.findUniqueOrThrow({ where: { id: capture.id } }) }
  }
  const rechecked = async (sourceId: string, askerId: string | null) => {
    const check = await recheck(sourceId, askerId)
    await check.run()
    return check.row()
  }
  const versions = (sourceId: string) => db.sourceSnapshot.findMany({ where: { sourceId }, orderBy: { version: 'asc' }, select: { id: true, version: true, adoptedAt: true } })

  beforeAll(async () => {
    server = await startLocalWebServer(
      new Proxy({}, { get: (_, path: string) => answers.get(path) ?? ((_: IncomingMessage, response: ServerResponse) => void response.writeHead(404).end()) }),
    )
    for (const [key, role] of [['reviewer', 'REVIEWER'], ['editor', 'EDITOR'], ['secondEditor', 'EDITOR']] as const) {
      const name = `Recheck ${key} ${stamp}`
      users[key] = { id: (await db.user.create({ data: { email: `recheck-${key}-${stamp}@example.org`, name, role, passwordHash: 'unusable' } })).id, name }
    }
  })

  afterAll(async () => {
    await server.close()
    await db.pendingChange.deleteMany({ where: { sourceId: { in: sourceIds } } })
    await db.claim.deleteMany({ where: { id: { in: claimIds } } })
    await db.quote.deleteMany({ where: { snapshot: { sourceId: { in: sourceIds } } } })
    await db.source.deleteMany({ where: { id: { in: sourceIds } } })
    await db.user.updateMany({ where: { id: { in: Object.values(users).map((user) => user.id) } }, data: { disabledAt: new Date() } })
    await db.$disconnect()
  })

  it('records UNCHANGED, storing nothing, when the page is the same, byte for byte or in its text', async () => {
    const { sourceId } = await captured('/same', 'same')
    expect(await rechecked(sourceId, users.reviewer.id)).toMatchObject({ status: 'UNCHANGED', httpStatus: 200, finalUrl: url('/same'), error: null })
    // Other bytes (a timestamp in a comment), the same text once read.
    html('/same', articlePage('The same report', paragraphs('same'), `served at ${Date.now()}`))
    expect(await rechecked(sourceId, users.reviewer.id)).toMatchObject({ status: 'UNCHANGED', snapshotId: null })
    expect(await versions(sourceId)).toHaveLength(1)
  })

  it('records STORED when the text changed: version 2, adopted, its quote re-anchored, in the queue until marked seen', async () => {
    const { sourceId, snapshotId } = await captured('/changing', 'changing')
    const v1 = await db.sourceSnapshot.findUniqueOrThrow({ where: { id: snapshotId }, select: { text: true } })
    const words = 'no more than 72 hours in federal court'
    const { start, end } = findUniqueQuote(v1.text, words)
    const quote = await db.quote.create({ data: { snapshotId, ...describeQuote(v1.text, start, end) }, select: { id: true } })
    html('/changing', articlePage('The changing report', ['Correction: an earlier version of this report misstated the month of the filing.', ...paragraphs('changing')]))

    const row = await rechecked(sourceId, users.reviewer.id)
    const [, v2] = await versions(sourceId)
    expect(row).toMatchObject({ status: 'STORED', snapshotId: v2!.id, reviewedAt: null })
    expect(v2).toMatchObject({ version: 2, adoptedAt: expect.any(Date) })
    expect(await db.quote.findUniqueOrThrow({ where: { id: quote.id }, select: { snapshotId: true, anchorStatus: true, exact: true } })).toEqual({ snapshotId: v2!.id, anchorStatus: 'ANCHORED', exact: words })
    const audits = await db.auditEntry.findMany({ where: { entityId: sourceId, action: { in: ['source.recheck', 'source.new-version'] } }, select: { action: true, actorId: true, after: true } })
    expect(audits.map((entry) => [entry.action, entry.actorId]).sort()).toEqual([['source.new-version', users.reviewer.id], ['source.recheck', users.reviewer.id]])
    expect(audits.find((entry) => entry.action === 'source.new-version')?.after).toMatchObject({ version: 2, anchored: 1, captureId: row.id })
  })

  it('records GONE for a 404 or a 410, never an empty version, and a page still gone leaves the queue alone', async () => {
    const { sourceId } = await captured('/vanishing', 'vanishing')
    status('/vanishing', 404)
    expect(await rechecked(sourceId, users.reviewer.id)).toMatchObject({ status: 'GONE', httpStatus: 404, snapshotId: null, reviewedAt: null })
    status('/vanishing', 410)
    expect(await rechecked(sourceId, users.reviewer.id)).toMatchObject({ status: 'GONE', httpStatus: 410, reviewedAt: expect.any(Date), reviewedById: null })
    expect(await versions(sourceId)).toHaveLength(1)
  })

  it('records MOVED when the address redirects to another page, and not for the same page with a slash and a campaign tag', async () => {
    const { sourceId } = await captured('/moving', 'moving')
    answers.set('/moving', (_, response) => void response.writeHead(301, { location: '/moving/?utm_source=feed' }).end())
    html('/moving/', articlePage('The moving report', paragraphs('moving')))
    expect(await rechecked(sourceId, users.reviewer.id)).toMatchObject({ status: 'UNCHANGED', finalUrl: url('/moving/?utm_source=feed') })
    answers.set('/moving', (_, response) => void response.writeHead(302, { location: '/section/front' }).end())
    html('/section/front', articlePage('The front page', paragraphs('front')))
    expect(await rechecked(sourceId, users.reviewer.id)).toMatchObject({ status: 'MOVED', finalUrl: url('/section/front'), httpStatus: 200, snapshotId: null, reviewedAt: null })
    expect(await versions(sourceId)).toHaveLength(1)
  })

  it('tries again when the site fails with a 500, records the page once it recovers, and says why on the last try', async () => {
    const { sourceId } = await captured('/flaky', 'flaky')
    status('/flaky', 500)
    const check = await recheck(sourceId, users.reviewer.id, { isLastTry: false })
    await expect(check.run()).rejects.toThrow('answered 500 (Internal Server Error): the site is not serving the page just now')
    expect(await check.row()).toMatchObject({ status: 'FETCHING', error: null })
    html('/flaky', articlePage('The flaky report', paragraphs('flaky')))
    await check.run()
    expect(await check.row()).toMatchObject({ status: 'UNCHANGED', httpStatus: 200 })

    status('/flaky', 503)
    const last = await recheck(sourceId, users.reviewer.id)
    await last.run()
    expect(await last.row()).toMatchObject({ status: 'FAILED', httpStatus: 503, error: expect.stringContaining('answered 503 (Service Unavailable): the site is not serving the page just now. Try again later.') })
    html('/flaky', '<!doctype html><html><body><p>Nothing here.</p></body></html>')
    expect(await rechecked(sourceId, users.reviewer.id)).toMatchObject({ status: 'FAILED', error: expect.stringContaining('No article text was found') })
    expect(await versions(sourceId)).toHaveLength(1)
  })

  it('makes a public source’s new version pending: the public keeps the published text, proposed by nobody (the schedule) or by the asker', async () => {
    const { sourceId, snapshotId } = await captured('/public', 'public')
    const v1 = await db.sourceSnapshot.findUniqueOrThrow({ where: { id: snapshotId }, select: { text: true } })
    const { start, end } = findUniqueQuote(v1.text, 'At least 545 parents')
    const quote = await db.quote.create({ data: { snapshotId, ...describeQuote(v1.text, start, end) }, select: { id: true } })
    const claim = await db.claim.create({ data: { slug: `recheck-public-${stamp}`, text: `Recheck public ${stamp}`, publishedAt: new Date() }, select: { id: true } })
    claimIds.push(claim.id)
    await db.appearance.create({ data: { claimId: claim.id, quoteId: quote.id, publishedAt: new Date() } })
    await db.$transaction((tx) => setSourceWatched(tx, users.reviewer.id, sourceId, true))

    html('/public', articlePage('The public report', [...paragraphs('public'), 'Update: the agency has since revised its count of parents.']))
    const scheduled = await rechecked(sourceId, null)
    const [, v2] = await versions(sourceId)
    expect(scheduled).toMatchObject({ status: 'STORED', snapshotId: v2!.id })
    expect(v2!.adoptedAt).toBeNull()
    const change = await db.pendingChange.findFirstOrThrow({ where: { sourceId, status: 'PENDING' }, select: { id: true, kind: true, proposedById: true, snapshotId: true } })
    expect(change).toMatchObject({ kind: 'SOURCE_VERSION', proposedById: null, snapshotId: v2!.id })
    expect((await getSourcePage(PUBLIC_VIEWER, sourceId))?.snapshot).toMatchObject({ version: 1 })

    // The same page again is nothing new; another change waits for the first to be decided.
    expect(await rechecked(sourceId, null)).toMatchObject({ status: 'UNCHANGED' })
    html('/public', articlePage('The public report', [...paragraphs('public'), 'Update: the agency revised its count again.']))
    expect(await rechecked(sourceId, users.reviewer.id)).toMatchObject({ status: 'FAILED', error: expect.stringContaining('still waits for an editor') })

    // Any editor publishes the schedule's change; then the public reads version 2.
    await db.$transaction(async (tx) => publishChange(tx, asCurrent('editor', 'EDITOR'), { changeId: change.id, digest: changeDigest(await readChangeScreen(tx, change.id)) }))
    expect((await getSourcePage(PUBLIC_VIEWER, sourceId))?.snapshot).toMatchObject({ version: 2 })

    // A person's re-check proposes in their name, and they may not publish it themselves.
    const asked = await rechecked(sourceId, users.editor.id)
    expect(asked).toMatchObject({ status: 'STORED' })
    const second = await db.pendingChange.findFirstOrThrow({ where: { sourceId, status: 'PENDING' }, select: { id: true, proposedById: true } })
    expect(second.proposedById).toBe(users.editor.id)
    const publish = (who: 'editor' | 'secondEditor') =>
      db.$transaction(async (tx) => publishChange(tx, asCurrent(who, 'EDITOR'), { changeId: second.id, digest: changeDigest(await readChangeScreen(tx, second.id)) }))
    await expect(publish('editor')).rejects.toThrow('You proposed this change, so another editor must publish it.')
    await publish('secondEditor')
    expect((await getSourcePage(PUBLIC_VIEWER, sourceId))?.snapshot).toMatchObject({ version: 3 })
  })

  it('fetches nothing for a scheduled re-check of a source no longer watched, or for an account that may no longer ask', async () => {
    const { sourceId } = await captured('/unwatched', 'unwatched')
    expect(await rechecked(sourceId, null)).toMatchObject({ status: 'FAILED', error: expect.stringContaining('no longer watched'), fetchedAt: null })
    const disabled = (await db.user.create({ data: { email: `recheck-disabled-${stamp}@example.org`, name: 'Gone', passwordHash: 'unusable', disabledAt: new Date() } })).id
    expect(await rechecked(sourceId, disabled)).toMatchObject({ status: 'FAILED', error: expect.stringContaining('may no longer re-check sources') })
  })
})
