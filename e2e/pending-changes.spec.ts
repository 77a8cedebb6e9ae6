// Issue 11: a change to anything public goes through a second person. Each one-person change to a
// public page (a conflict settled by ranking, a published figure's new rank, a public source's
// details, a new version of its text, a published passage's stance) is proposed, the public keeps reading the published state,
// the proposer cannot publish it, and another editor publishes it from the approve screen.
import { expect, test, visitor } from './fixtures'
import { PASSAGES, buildPublicWorld } from './public-world'
import { alertIn, openChange, publishAs, signInAs, statusIn, storyData } from './verdict-data'

test('A conflict settled by ranking and a published figure’s new rank stay off the public pages until a second editor publishes them', async ({ page, db, browser }, testInfo) => {
  test.setTimeout(90_000)
  const story = storyData(db, testInfo)
  const proposer = await story.person('EDITOR', 'Proposing Editor')
  const publisher = await story.person('EDITOR', 'Second Editor')
  const world = await buildPublicWorld(db, testInfo, proposer.id, publisher.id)
  const publicPage = await visitor(browser)
  const publicQuantity = `/quantities/${world.quantity.slug}`
  const publicRow = (id: string) => publicPage.page.locator(`#figure-${id}`)
  const noteWords = `The audit recounted the depot quillamber ${world.stamp}`
  const rankWords = `The ledger is the primary record marrowquist ${world.stamp}`
  try {
    // Rendered (and cached) before anything is proposed.
    await publicPage.page.goto(publicQuantity)
    await expect(publicRow(world.figures.audit)).toContainText('Normal rank')

    await signInAs(page, proposer)
    await page.goto(`/review/quantities/${world.quantity.id}`)
    const relation = page.locator('li[data-kind="CONFLICT"]')
    await relation.getByLabel(/Rank the figures/).check()
    await relation.getByLabel(/^Rank of 3,600 tonnes/).selectOption('DEPRECATED')
    await relation.getByLabel(/^Reason for 3,600 tonnes/).selectOption('ERROR_IN_SOURCE')
    await relation.getByLabel('Note').fill(noteWords)
    await relation.getByRole('button', { name: 'Resolve conflict' }).click()
    await expect(relation).toContainText(`Resolved by ${proposer.name}`)
    await expect(relation).toContainText('Publishing it ranks the figures')
    await expect(relation.getByRole('listitem').filter({ hasText: '3,600 tonnes' })).toContainText('Normal rank → Deprecated (Error in the source)')

    await publicPage.page.reload()
    await expect(publicRow(world.figures.audit)).toContainText('Normal rank')
    await expect(publicPage.page.getByText(noteWords)).toHaveCount(0)
    expect(await db.figure.findUniqueOrThrow({ where: { id: world.figures.audit }, select: { rank: true, rankReason: true } })).toEqual({ rank: 'NORMAL', rankReason: null })

    await signInAs(page, publisher)
    await page.goto(`/review/quantities/${world.quantity.id}`)
    await page.locator('li[data-kind="CONFLICT"]').getByRole('button', { name: 'Publish resolution' }).click()
    await expect(page.locator('li[data-kind]').filter({ hasText: noteWords })).toContainText(`Published by ${publisher.name}`)
    await publicPage.page.reload()
    await expect(publicRow(world.figures.audit)).toContainText(/Deprecated: error in the source/i)
    await expect(publicRow(world.figures.audit)).toContainText(noteWords)

    // A published figure's new rank: proposed, refused to its proposer, published by the other editor.
    await signInAs(page, proposer)
    await page.goto(`/review/quantities/${world.quantity.id}`)
    const card = page.locator(`#figure-${world.figures.depot}`)
    await card.getByText('Propose a new rank').click()
    await card.getByLabel('Rank', { exact: true }).selectOption('PREFERRED')
    await card.getByRole('combobox', { name: /^Reason/ }).selectOption('BEST_SOURCE')
    await card.getByLabel('Reason in words').fill(rankWords)
    await card.getByRole('button', { name: 'Save rank' }).click()
    await expect(card.getByRole('status').filter({ hasText: 'Rank change proposed.' })).toBeVisible()
    await expect(card.getByRole('status').filter({ hasText: 'The public still reads this as it is.' })).toContainText('Rank of a published figure')

    await publicPage.page.reload()
    await expect(publicRow(world.figures.depot)).toContainText('Normal rank')
    await expect(publicPage.page.getByText(rankWords)).toHaveCount(0)

    await openChange(page, 'Rank of a published figure', '4,100 tonnes')
    const screen = page.getByRole('region', { name: 'What this step makes public' })
    await expect(screen.getByRole('row', { name: /^Rank/ }).first()).toContainText('Normal')
    await expect(screen.getByRole('row', { name: /^Rank/ }).first()).toContainText('Preferred')
    await expect(screen).toContainText(rankWords)
    await expect(page.getByText('You proposed this change, so another editor must publish it.')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Publish this change' })).toHaveCount(0)

    await publishAs(page, publisher, 'Rank of a published figure', '4,100 tonnes')
    await publicPage.page.reload()
    await expect(publicRow(world.figures.depot)).toContainText(/Preferred: best source/i)
    await expect(publicRow(world.figures.depot)).toContainText(rankWords)

    const change = await db.pendingChange.findFirstOrThrow({ where: { figureId: world.figures.depot }, select: { id: true, status: true, proposedById: true, decidedById: true, createdAt: true } })
    expect(change).toMatchObject({ status: 'PUBLISHED', proposedById: proposer.id, decidedById: publisher.id })
    const trail = await db.auditEntry.findMany({ where: { entityId: { in: [change.id, world.figures.depot] }, createdAt: { gte: change.createdAt } }, orderBy: { createdAt: 'asc' }, select: { action: true, actorId: true } })
    expect(trail).toHaveLength(3)
    expect(trail).toEqual(
      expect.arrayContaining([
        { action: 'change.propose', actorId: proposer.id },
        { action: 'figure.rank', actorId: publisher.id },
        { action: 'change.publish', actorId: publisher.id },
      ]),
    )
  } finally {
    await publicPage.close()
    await world.cleanUp()
    await story.cleanUp()
  }
})

test('A public source’s new details and new text wait for a second editor; a reviewer cannot publish them', async ({ page, db, browser }, testInfo) => {
  test.setTimeout(90_000)
  const story = storyData(db, testInfo)
  const reviewer = await story.person('REVIEWER', 'Proposing Reviewer')
  const editor = await story.person('EDITOR', 'Publishing Editor')
  const world = await buildPublicWorld(db, testInfo, reviewer.id, editor.id)
  const publicPage = await visitor(browser)
  const publicSource = `/sources/${world.source.id}`
  const newTitle = `Harbour grain ledger, corrected ${world.stamp}`
  const newSentence = `The harbour master later added a note about wetherspindle sacks ${world.stamp}.`
  try {
    await publicPage.page.goto(publicSource)
    await expect(publicPage.page.getByRole('heading', { level: 1 })).toHaveText(world.source.title)
    await publicPage.page.goto(`/claims/${world.claim.slug}`)
    await expect(publicPage.page.getByRole('main')).toContainText(world.source.title)

    await signInAs(page, reviewer)
    await page.goto(`/review/sources/${world.source.id}/edit`)
    await page.getByLabel('Title').fill(newTitle)
    await page.getByLabel('Address of the original').fill('https://elsewhere.example/grain')
    await page.getByRole('button', { name: 'Save details' }).click()
    await expect(statusIn(page).first()).toContainText('Change proposed.')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(world.source.title)

    await page.getByRole('link', { name: 'Import a new version' }).click()
    const text = (await db.sourceSnapshot.findFirstOrThrow({ where: { sourceId: world.source.id }, select: { text: true } })).text
    await page.getByLabel('Paste the text').fill(`${text}\n\n${newSentence}`)
    await page.getByRole('button', { name: 'Import new version' }).click()
    await expect(statusIn(page).first()).toContainText('Change proposed.')
    await expect(page.getByText('Source · version 1')).toBeVisible()
    await expect(page.getByRole('article')).not.toContainText('wetherspindle')
    await expect(page.getByRole('status').filter({ hasText: 'Waiting for an editor other than the proposer' })).toContainText('New version of a public source’s text')

    for (const path of [publicSource, `/claims/${world.claim.slug}`]) {
      await publicPage.page.goto(path)
      await expect(publicPage.page.getByRole('main')).toContainText(world.source.title)
      await expect(publicPage.page.getByRole('main')).not.toContainText(newTitle)
      await expect(publicPage.page.getByRole('main')).not.toContainText('wetherspindle')
      expect(await publicPage.page.content()).not.toContain('elsewhere.example')
    }

    await openChange(page, 'Details of a public source', world.source.title)
    await expect(page.getByText('An editor publishes it.')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Publish this change' })).toHaveCount(0)

    await publishAs(page, editor, 'Details of a public source', world.source.title)
    await openChange(page, 'New version of a public source’s text', newTitle)
    const screen = page.getByRole('region', { name: 'What this step makes public' })
    await expect(screen.getByRole('listitem').filter({ hasText: 'wetherspindle' })).toContainText('Added:')
    await screen.getByText('2 passages are found word for word and move to the new version (2 of them public)').click()
    await expect(screen.getByRole('listitem').filter({ hasText: PASSAGES.depot })).toContainText('(public) — found word for word: moves to the new version')
    await page.getByRole('button', { name: 'Publish this change' }).click()
    await expect(statusIn(page)).toContainText('The public pages now show it.')
    await expect(alertIn(page)).toHaveCount(0)

    await publicPage.page.goto(publicSource)
    await expect(publicPage.page.getByRole('heading', { level: 1 })).toHaveText(newTitle)
    await expect(publicPage.page.getByRole('main')).toContainText('Version 2')
    await expect(publicPage.page.getByRole('main')).toContainText('wetherspindle')
    await expect(publicPage.page.getByRole('region', { name: 'Passages quoted on Claimtrail' })).toContainText(PASSAGES.depot)
    await publicPage.page.goto(`/claims/${world.claim.slug}`)
    await expect(publicPage.page.getByRole('main')).toContainText(newTitle)
  } finally {
    await publicPage.close()
    await world.cleanUp()
    await story.cleanUp()
  }
})

test('A published passage’s new stance waits for a second editor', async ({ page, db, browser }, testInfo) => {
  const story = storyData(db, testInfo)
  const reviewer = await story.person('REVIEWER', 'Stance Reviewer')
  const editor = await story.person('EDITOR', 'Stance Editor')
  const world = await buildPublicWorld(db, testInfo, reviewer.id, editor.id)
  const publicPage = await visitor(browser)
  const publicClaim = `/claims/${world.claim.slug}`
  try {
    await publicPage.page.goto(publicClaim)
    await expect(publicPage.page.getByRole('main')).toContainText('Makes the claim')

    await signInAs(page, reviewer)
    await page.goto(`/review/claims/${world.claim.id}`)
    const passage = page.getByRole('listitem').filter({ hasText: PASSAGES.audit }).filter({ has: page.getByRole('combobox', { name: /^Stance of passage/ }) })
    await passage.getByRole('combobox', { name: /^Stance of passage/ }).selectOption('DISPUTES')
    await passage.getByRole('button', { name: /^Change stance/ }).click()
    await expect(statusIn(page).filter({ hasText: 'the public keeps its current stance' })).toContainText('Change to “Disputes it” proposed.')
    await expect(statusIn(page).filter({ hasText: 'Waiting for an editor other than the proposer' })).toContainText('Stance of a published passage')

    await publicPage.page.reload()
    await expect(publicPage.page.getByRole('main')).not.toContainText('Disputes it')

    await publishAs(page, editor, 'Stance of a published passage', PASSAGES.audit)
    await publicPage.page.reload()
    await expect(publicPage.page.getByRole('main')).toContainText('Disputes it')
  } finally {
    await publicPage.close()
    await world.cleanUp()
    await story.cleanUp()
  }
})
