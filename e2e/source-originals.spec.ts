// Issue 15: every import keeps its original, which is only ever sent as a sandboxed download, to
// the team for any source and to visitors for a public one (docs/decisions/021).
import type { APIResponse } from '@playwright/test'
import { readSeedSourceText } from '../prisma/seed/seed'
import { corpus } from '../prisma/seed/corpus'
import { storePdfSource } from '../lib/testing/pdf-sources'
import { borderReportPage } from './articles'
import { apiLogin, DEMO, expect, test } from './fixtures'

/** What makes a captured page harmless on our origin: a download, its own type, no sniffing, no script. */
function expectSandboxedDownload(response: APIResponse, mediaType: string, fileName: RegExp) {
  const headers = response.headers()
  expect(response.status()).toBe(200)
  // One policy, ours: not the site's beside it (proxy.ts).
  expect(response.headersArray().filter(({ name }) => name.toLowerCase() === 'content-security-policy')).toEqual([{ name: expect.any(String), value: 'sandbox' }])
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['content-type']).toBe(mediaType)
  expect(headers['content-disposition']).toMatch(fileName)
}

test('A reviewer’s uploaded page is kept byte for byte and downloads sandboxed; visitors never get it while the source is not public', async ({ page, db, request }, testInfo) => {
  const stamp = `${testInfo.project.name}-${Date.now()}`
  const upload = borderReportPage(stamp)
  await apiLogin(page, DEMO.reviewer)
  await page.goto('/review/sources/new')
  await page.getByLabel('Or upload a file').setInputFiles({ name: 'border-report.html', mimeType: 'text/html', buffer: upload })
  await page.getByRole('button', { name: 'Import source' }).click()
  await expect(page).toHaveURL(/\/review\/sources\/\w+\?imported=1$/)
  const sourceId = new URL(page.url()).pathname.split('/').at(-1)!
  try {
    const originals = page.getByRole('list', { name: 'Originals of each version' })
    const link = originals.getByRole('link', { name: /^the original as captured on \w+ \d{1,2}, \d{4}$/ })
    await expect(originals).toContainText('Version 1: the original as captured on')
    await expect(originals).toContainText('HTML page')
    await expect(originals).toContainText('border-report.html')
    const href = await link.getAttribute('href')
    expect(href).toBe(`/review/sources/${sourceId}/versions/1/original`)

    // Saved as the file it was, not opened as a page of ours.
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
    expect(download.suggestedFilename()).toBe('border-report.html')
    const answer = await page.request.get(href!)
    expectSandboxedDownload(answer, 'text/html; charset=utf-8', /^attachment; filename="border-report\.html"; filename\*=UTF-8''border-report\.html$/)
    expect(answer.headers()['content-length']).toBe(String(upload.byteLength))
    expect(answer.headers()['transfer-encoding']).toBeUndefined()
    expect(answer.headers()['cache-control']).toContain('no-store')
    expect(Buffer.compare(await answer.body(), upload)).toBe(0)

    // A visitor: no account, and the source is quoted by nothing public.
    const visitorTeamCopy = await request.get(href!, { maxRedirects: 0 })
    expect(visitorTeamCopy.status()).toBe(401)
    expect(visitorTeamCopy.headers()['content-security-policy']).toBe('sandbox')
    for (const path of [`/sources/${sourceId}/original`, `/sources/${sourceId}/original?version=1`]) {
      const refused = await request.get(path)
      expect(refused.status(), path).toBe(404)
      expect(await refused.text(), path).not.toContain(`Reporting run ${stamp}`)
    }
    const publicPage = await page.goto(`/sources/${sourceId}`)
    expect(publicPage?.status()).toBe(404)
    await expect(page.getByRole('link', { name: /original as captured/i })).toHaveCount(0)
  } finally {
    await db.source.deleteMany({ where: { id: sourceId } })
  }
})

test('A visitor downloads the original of a public source as captured, under the sandbox policy, and only the versions the public reads', async ({ page, db, request }) => {
  const seeded = corpus.sources[0]!
  const source = await db.source.findFirstOrThrow({ where: { title: seeded.title }, select: { id: true } })
  await page.goto(`/sources/${source.id}`)
  const link = page.getByRole('link', { name: /^The original as captured on \w+ \d{1,2}, \d{4}$/ })
  await expect(link).toBeVisible()
  await expect(page.getByText(/\(plain text, [\d.]+ kB\)/)).toBeVisible()
  const href = await link.getAttribute('href')
  const version = Number(new URL(href!, 'http://claimtrail.test').searchParams.get('version'))
  expect(href).toBe(`/sources/${source.id}/original?version=${version}`)

  const answer = await request.get(href!)
  expectSandboxedDownload(answer, 'text/plain; charset=utf-8', new RegExp(`^attachment; filename="doj-watchdog-report-[a-z0-9-]+-v${version}\\.txt"`))
  expect(answer.headers()['cache-control']).toMatch(/^public, /)
  expect((await answer.body()).toString('utf8')).toBe(readSeedSourceText(seeded.file))
  // The same bytes the visitor holds already: not sent again.
  expect((await request.get(href!, { headers: { 'if-none-match': answer.headers()['etag']! } })).status()).toBe(304)

  for (const path of [`/sources/${source.id}/original?version=${version + 1}`, `/sources/${source.id}/original?version=0`, `/sources/${source.id}/original?version=x`, '/sources/c0000000000000000000000000/original']) {
    expect((await request.get(path)).status(), path).toBe(404)
  }
})

test('A PDF original opens in the browser’s viewer for the team, under the same sandbox, and stays hidden from visitors while the source is not public', async ({ page, db, request }, testInfo) => {
  const editor = await db.user.findFirstOrThrow({ where: { email: DEMO.editor }, select: { id: true } })
  const { sourceId } = await storePdfSource(db, { title: `Unpublished review ${testInfo.project.name} ${Date.now()}`, actorId: editor.id })
  try {
    await apiLogin(page, DEMO.reviewer)
    const href = `/review/sources/${sourceId}/versions/1/original`
    const answer = await page.request.get(href)
    expect(answer.status()).toBe(200)
    expect(answer.headersArray().filter(({ name }) => name.toLowerCase() === 'content-security-policy')).toEqual([{ name: expect.any(String), value: 'sandbox' }])
    expect(answer.headers()['x-content-type-options']).toBe('nosniff')
    expect(answer.headers()['content-type']).toBe('application/pdf')
    // Inline, named as uploaded for saving from the viewer: a link's #page= opens at that page.
    expect(answer.headers()['content-disposition']).toBe(`inline; filename="report.pdf"; filename*=UTF-8''report.pdf`)
    expect(answer.headers()['cache-control']).toContain('no-store')
    expect((await request.get(href, { maxRedirects: 0 })).status()).toBe(401)
    expect((await request.get(`/sources/${sourceId}/original?version=1`)).status()).toBe(404)
  } finally {
    await db.source.deleteMany({ where: { id: sourceId } })
  }
})
