// Attacks on accounts and sessions, each replayed from a loopback address of its own: leaving
// through the sign-in page (open redirect), dodging the limits with X-Forwarded-For, locking an
// account's owner out, reusing a session that has ended, and choosing a guessable password.
import { DEMO, DEMO_PASSWORD, expect, test } from '../fixtures'
import { PASSWORD, storyData } from '../verdict-data'
import { actionNamed, actionResult, BASE_URL, callAction, cookiesOf, figure, send, signIn, Tally } from './attack'

const formOf = (fields: Record<string, string>) => {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) form.set(name, value)
  return form
}
/** Our origins: the one the tests call, and the one Auth.js builds its addresses from (SITE_URL). */
const OURS = new Set([BASE_URL, new URL(process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? 3100}`).origin])
/** Where a browser would go, read as a browser reads it (tabs and newlines dropped, `\` as `/`). */
const isElsewhere = (location: string | undefined) => location !== undefined && !OURS.has(new URL(location, BASE_URL).origin)

const OFF_SITE = [
  '/\t/evil.example/x', '/\t\\evil.example', '//evil.example', '/\\evil.example', '\\\\evil.example', 'https://evil.example', 'http:evil.example',
  '///evil.example', '/\n/evil.example', '/\r\n/evil.example', ' //evil.example', '/%2F/evil.example', '/%09/evil.example', '/.\\/evil.example', 'javascript:alert(1)',
]

test('No return address sends a person off-site after signing in', async ({ db }, testInfo) => {
  const story = storyData(db, testInfo)
  try {
    const person = await story.person('REVIEWER', 'Redirect Target')
    const tally = new Tally()
    for (const callbackUrl of OFF_SITE) {
      // Our sign-in form, as its action answers (the redirect Next tells the browser to follow).
      const answer = await callAction(actionNamed('signInWithPassword'), { form: formOf({ email: person.email, password: PASSWORD, callbackUrl }), from: '127.0.0.51' })
      const redirect = String(answer.headers['x-action-redirect'] ?? '').split(';')[0]
      tally.count(!redirect || isElsewhere(redirect) || redirect.startsWith('//'), `sign-in form with ${JSON.stringify(callbackUrl)}: ${redirect || answer.status}`)
      // Auth.js' own endpoint.
      const direct = await signIn(person.email, PASSWORD, { from: '127.0.0.51', callbackUrl })
      const location = direct.answer.headers.location as string | undefined
      // A path that starts with two slashes is another host once a browser resolves it against ours.
      const path = location ? new URL(location, BASE_URL).pathname : ''
      tally.count(isElsewhere(location) || path.startsWith('//') || /error=/.test(location ?? ''), `credentials endpoint with ${JSON.stringify(callbackUrl)}: ${direct.answer.headers.location}`)
      // The sign-in page carries only a path of ours in its form.
      const page = await send(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`)
      const carried = /name="callbackUrl" value="([^"]*)"/.exec(page.text)?.[1]?.replace(/&amp;/g, '&')
      tally.count(page.status !== 200 || isElsewhere(carried ?? ''), `sign-in page with ${JSON.stringify(callbackUrl)}: carries ${carried}`)
    }
    expect(tally.through).toEqual([])
    figure(testInfo, 'Open redirect after sign-in', tally)
  } finally {
    await story.cleanUp()
  }
})

test('X-Forwarded-For from an untrusted client changes no limit', async ({ db }, testInfo) => {
  const tally = new Tally()
  const email = `rotating-${testInfo.workerIndex}-${Date.now()}@claimtrail.test`
  const signInForm = actionNamed('signInWithPassword')
  for (let i = 1; i <= 40; i++) {
    const headers = { 'x-forwarded-for': `198.51.100.${i}` }
    const answer = await callAction(signInForm, { form: formOf({ email, password: `wrong ${i}`, callbackUrl: '/review' }), from: '127.0.0.52', headers }).then(actionResult)
    const isLimited = /Too many failed sign-ins/.test(String(answer?.error))
    // The first ten are answered; from the eleventh on the limit holds, whatever the header says.
    if (i > 10) tally.count(!isLimited, `wrong sign-in ${i}: ${String(answer?.error)}`)
    else expect(isLimited, `attempt ${i}`).toBe(false)
  }
  // The reason to rotate it: so each attempt seems to come from somewhere new.
  const suggest = actionNamed('sendCheckRequest')
  const stamp = Date.now()
  for (let i = 1; i <= 10; i++) {
    const form = formOf({ claimText: `Rotating address suggestion ${i} of ${stamp}`, seenAt: '', email: '', website: '' })
    const result = actionResult(await callAction(suggest, { form, from: '127.0.0.54', headers: { 'x-forwarded-for': `203.0.113.${i}` } }))
    if (i > 5) tally.count(result?.status !== 'forbidden', `suggestion ${i}: ${String(result?.status)}`)
  }
  expect(await db.checkRequest.count({ where: { claimText: { contains: `of ${stamp}` } } })).toBe(5)
  await db.checkRequest.deleteMany({ where: { claimText: { contains: `of ${stamp}` } } })
  expect(tally.through).toEqual([])
  figure(testInfo, 'Limits dodged with X-Forwarded-For', tally, 'attempts past the limit')
})

test('A guesser elsewhere cannot lock an account’s owner out', async ({ db }, testInfo) => {
  const story = storyData(db, testInfo)
  try {
    const owner = await story.person('EDITOR', 'Lockout Owner')
    const tally = new Tally()
    for (let i = 1; i <= 15; i++) await signIn(owner.email, `a wrong guess ${i}`, { from: '127.0.0.55' })
    // The guesser's own address is slowed …
    expect((await signIn(owner.email, PASSWORD, { from: '127.0.0.55' })).cookie).toBeNull()
    // … while the owner, at another address, signs in as usual, each of several times.
    for (let i = 0; i < 3; i++) {
      const { cookie } = await signIn(owner.email, PASSWORD, { from: '127.0.0.56' })
      tally.count(cookie === null, `owner sign-in ${i + 1} after 15 wrong guesses elsewhere`)
    }
    expect(tally.through).toEqual([])
    figure(testInfo, 'Staff account locked out by a stranger', tally, 'lockouts')
  } finally {
    await story.cleanUp()
  }
})

test('A copied session cookie writes nothing once the session has ended', async ({ db }, testInfo) => {
  const story = storyData(db, testInfo)
  try {
    const person = await story.person('REVIEWER', 'Revoked Session')
    const addNote = actionNamed('addNote')
    /** A write with the copied cookie: reaching the form check means the session still counts. */
    const writesWith = async (cookie: string) => actionResult(await callAction(addNote, { cookie }))?.status !== 'unauthenticated'
    const tally = new Tally()

    const copied = (await signIn(person.email, PASSWORD)).cookie!
    expect(await writesWith(copied)).toBe(true)
    const csrf = await send('/api/auth/csrf', { headers: { cookie: copied } })
    const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string }
    await send('/api/auth/signout', { headers: { cookie: [copied, ...cookiesOf(csrf)].join('; '), 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ csrfToken }).toString() })
    tally.count(await writesWith(copied), 'after sign-out')

    const second = (await signIn(person.email, PASSWORD)).cookie!
    await db.user.update({ where: { id: person.id }, data: { disabledAt: new Date() } })
    tally.count(await writesWith(second), 'while the account is disabled')
    await db.user.update({ where: { id: person.id }, data: { disabledAt: null } })
    // Disabling went through the database directly here, so its sessions were not ended by the
    // admin page (e2e/sessions.spec.ts covers that); the account check alone must hold meanwhile.
    const third = (await signIn(person.email, PASSWORD)).cookie!
    const admin = (await signIn(DEMO.admin, DEMO_PASSWORD)).cookie!
    const ended = actionResult(await callAction(actionNamed('endSessions'), { cookie: admin, form: formOf({ userId: person.id }) }))
    expect(ended?.status).toBe('ok')
    tally.count(await writesWith(third), 'after an admin’s “sign out everywhere”')
    tally.count(await writesWith(`authjs.session-token=${copied.split('=')[1]!.slice(0, -4)}AAAA`), 'with a tampered cookie')
    expect(tally.through).toEqual([])
    figure(testInfo, 'Session reuse after it ended', tally, 'writes accepted')
  } finally {
    await story.cleanUp()
  }
})

test('Guessable passwords are refused when an account is made', async ({ db }, testInfo) => {
  const admin = (await signIn(DEMO.admin, DEMO_PASSWORD)).cookie!
  const createAccount = actionNamed('createAccount')
  const stamp = `${testInfo.workerIndex}-${Date.now()}`
  const tally = new Tally()
  for (const password of ['aaaaaaaaaaaa', 'password1234', '            ', 'qwertyuiop123', '123456789012', 'claimtrail2026', 'iloveyou2026!']) {
    const email = `weak-${tally.attempts}-${stamp}@claimtrail.test`
    const result = actionResult(await callAction(createAccount, { cookie: admin, form: formOf({ email, name: 'Weak Password', role: 'REVIEWER', password }) }))
    const created = await db.user.findUnique({ where: { email }, select: { id: true } })
    tally.count(created !== null || result?.status !== 'invalid', `${JSON.stringify(password)}: ${String(result?.status)}`)
  }
  expect(tally.through).toEqual([])
  figure(testInfo, 'Guessable passwords accepted', tally, 'accounts made')
})
