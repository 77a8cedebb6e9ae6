// The permission matrix through real HTTP: every server action the build contains (ids read from
// its manifest) and every workspace page, called by a visitor, a forged session cookie, a disabled
// account and each role. Whoever lacks the permission (lib/auth/permissions.ts) is turned away; whoever
// has it gets as far as checking the (empty) form, so nothing is written.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Role } from '../../lib/generated/prisma/enums'
import { can, type Permission } from '../../lib/auth/permissions'
import { expect, test } from '../fixtures'
import { PASSWORD, storyData } from '../verdict-data'
import { actionResult, builtActions, callAction, figure, send, signIn, Tally, type BuiltAction } from './attack'

/** Actions anyone may call: signing in and out, and asking us to check a claim. */
const PUBLIC_ACTIONS = new Set(['signInWithPassword', 'signOutOfWorkspace', 'sendCheckRequest'])
const ROLES: Role[] = ['REVIEWER', 'EDITOR', 'ADMIN']
const REFUSED = new Set(['unauthenticated', 'forbidden'])

/** The permission an action's source asks for: `export const name = authedAction({ permission: '…'`. */
function permissionOf(action: BuiltAction): { permission: Permission; isQuery: boolean } {
  const source = readFileSync(path.join(process.cwd(), action.file), 'utf8')
  const match = new RegExp(`export const ${action.name} = authed(Action|Query)\\(\\{ permission: '([a-z.]+)'`).exec(source)
  if (!match) throw new Error(`${action.file}#${action.name}: no permission found`)
  return { permission: match[2] as Permission, isQuery: match[1] === 'Query' }
}

/** The status an action answered with: a form's, or a query's refusal. */
function statusOf(result: Record<string, unknown> | null): string {
  if (!result) return 'no result'
  if ('ok' in result) return result.ok ? 'ok' : String((result.state as { status?: string }).status)
  return String(result.status)
}

/** Workspace pages and the permission each asks for (`requirePermission('…'`). */
function workspacePages(): Array<{ path: string; permission: Permission }> {
  const root = path.join(process.cwd(), 'app', '(workspace)')
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('page.tsx'))
  return files.map((file) => {
    const match = /requirePermission\('([a-z.]+)'/.exec(readFileSync(path.join(root, file), 'utf8'))
    if (!match) throw new Error(`${file}: no requirePermission`)
    const route = `/${file.replace(/\/?page\.tsx$/, '')}`.replace(/\[[^\]]+\]/g, 'x')
    return { path: route, permission: match[1] as Permission }
  })
}

test('Every server action in the build refuses callers without its permission', async ({ db }, testInfo) => {
  const story = storyData(db, testInfo)
  try {
    const actions = builtActions().filter((action) => !PUBLIC_ACTIONS.has(action.name))
    expect(actions.length).toBeGreaterThan(25)
    const cookies = new Map<string, string | undefined>([['visitor', undefined], ['forged cookie', 'authjs.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.forged.forged.forged.forged']])
    const disabled = await story.person('ADMIN', 'Matrix Disabled')
    cookies.set('disabled admin', (await signIn(disabled.email, PASSWORD)).cookie!)
    await db.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } })
    const roles = new Map<Role, string>()
    for (const role of ROLES) roles.set(role, (await signIn((await story.person(role, `Matrix ${role}`)).email, PASSWORD)).cookie!)

    const tally = new Tally()
    const allowedReachedValidation: string[] = []
    for (const action of actions) {
      const { permission, isQuery } = permissionOf(action)
      const call = (cookie: string | undefined) => callAction(action, { cookie, input: isQuery ? {} : undefined })
      for (const [who, cookie] of cookies) {
        const status = statusOf(actionResult(await call(cookie)))
        tally.count(status !== 'unauthenticated', `${who} → ${action.name}: ${status}`)
      }
      for (const [role, cookie] of roles) {
        const status = statusOf(actionResult(await call(cookie)))
        if (can(role, permission)) {
          if (status !== 'invalid') allowedReachedValidation.push(`${role} → ${action.name}: ${status}`)
        } else tally.count(!REFUSED.has(status), `${role} → ${action.name}: ${status}`)
      }
    }
    expect(tally.through).toEqual([])
    // The check that decides is the permission map: those allowed get as far as the form.
    expect(allowedReachedValidation).toEqual([])
    figure(testInfo, 'Permission matrix, server actions (ids from the build)', tally)

    const pages = new Tally()
    for (const page of workspacePages()) {
      for (const [who, cookie] of cookies) {
        const answer = await send(page.path, { headers: cookie ? { cookie } : {} })
        pages.count(!(answer.status === 307 && String(answer.headers.location).includes('/sign-in')), `${who} → ${page.path}: ${answer.status}`)
      }
      for (const [role, cookie] of roles) {
        const answer = await send(page.path, { headers: { cookie } })
        if (!can(role, page.permission)) pages.count(answer.status !== 403, `${role} → ${page.path}: ${answer.status}`)
        else expect([200, 404], `${role} → ${page.path}`).toContain(answer.status)
      }
    }
    expect(pages.through).toEqual([])
    figure(testInfo, 'Permission matrix, workspace pages', pages)
  } finally {
    await story.cleanUp()
  }
})
