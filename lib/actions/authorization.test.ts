// Walks every server action as a visitor, a disabled account and each role, and checks that the
// permission map (lib/auth/permissions.ts) is what decides: signed-out and disabled callers are turned
// away, roles without the permission are refused, and roles with it get as far as validating the
// (empty) form, so nothing is written by this test.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectDb } from '../db'
import type { FormState } from '../form-state'
import type { Role } from '../generated/prisma/enums'
import { can, type Permission } from '../auth/permissions'

/** Actions anyone may call: signing in and out, and asking us to check a claim. */
const PUBLIC_ACTION_FILES = new Set(['sign-in.ts', 'sign-out.ts', 'send-check-request.ts'])
const ROLES: Role[] = ['REVIEWER', 'EDITOR', 'ADMIN']

type Guarded = ((...args: never[]) => Promise<unknown>) & {
  permission: Permission
  run: (userId: string | null, input: FormData) => Promise<FormState | { ok: boolean; state?: FormState }>
}

const actionFiles = readdirSync(import.meta.dirname).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))

async function loadActions() {
  const actions: Array<{ name: string; action: Guarded }> = []
  for (const file of actionFiles.filter((f) => !PUBLIC_ACTION_FILES.has(f))) {
    const exports = (await import(path.join(import.meta.dirname, file))) as Record<string, Guarded>
    for (const [name, action] of Object.entries(exports)) actions.push({ name: `${file}#${name}`, action })
  }
  return actions
}

/** The status a call ended with, for form actions and queries alike. */
function statusOf(result: FormState | { ok: boolean; state?: FormState }): string | undefined {
  if ('ok' in result) return result.ok ? 'ok' : result.state?.status
  return result.status
}

describe('who may call each server action', () => {
  const db = connectDb(process.env.DATABASE_URL!)
  const stamp = `${Date.now()}-${process.pid}`
  const ids = new Map<string, string>()

  beforeAll(async () => {
    for (const who of [...ROLES, 'DISABLED'] as const) {
      const user = await db.user.create({
        data: {
          email: `authz-${who.toLowerCase()}-${stamp}@example.org`,
          name: `Authz ${who}`,
          role: who === 'DISABLED' ? 'ADMIN' : who,
          passwordHash: 'not a usable hash',
          disabledAt: who === 'DISABLED' ? new Date() : null,
        },
      })
      ids.set(who, user.id)
    }
  })
  afterAll(async () => {
    await db.user.updateMany({ where: { id: { in: [...ids.values()] } }, data: { disabledAt: new Date() } })
    await db.$disconnect()
  })

  it('every action file is a server action module, and every export goes through authedAction', async () => {
    for (const file of actionFiles) {
      expect(readFileSync(path.join(import.meta.dirname, file), 'utf8').startsWith("'use server'"), file).toBe(true)
    }
    const actions = await loadActions()
    expect(actions.length).toBeGreaterThan(0)
    for (const { name, action } of actions) {
      expect(typeof action.run, name).toBe('function')
      expect(action.permission, name).toMatch(/^[a-z]+\.[a-z]+$/)
    }
  })

  it('walks the figure and conflict actions, each with the permission it needs', async () => {
    const permissions = Object.fromEntries((await loadActions()).map(({ name, action }) => [name, action.permission]))
    expect(permissions).toMatchObject({
      'resolve-conflict.ts#resolveConflict': 'conflict.resolve',
      'publish-conflict-resolution.ts#publishConflictResolution': 'conflict.publish',
      'rank-figure.ts#rankFigure': 'figure.write',
      'update-figure.ts#updateFigure': 'figure.write',
      'preview-figure-relations.ts#previewFigureRelations': 'figure.write',
    })
  })

  it('turns away visitors and disabled accounts, refuses roles without the permission, and lets the others reach validation', async () => {
    const outcomes: string[] = []
    const expected: string[] = []
    for (const { name, action } of await loadActions()) {
      outcomes.push(`${name} as visitor: ${statusOf(await action.run(null, new FormData()))}`)
      expected.push(`${name} as visitor: unauthenticated`)
      outcomes.push(`${name} as disabled admin: ${statusOf(await action.run(ids.get('DISABLED')!, new FormData()))}`)
      expected.push(`${name} as disabled admin: unauthenticated`)
      for (const role of ROLES) {
        outcomes.push(`${name} as ${role}: ${statusOf(await action.run(ids.get(role)!, new FormData()))}`)
        expected.push(`${name} as ${role}: ${can(role, action.permission) ? 'invalid' : 'forbidden'}`)
      }
    }
    expect(outcomes).toEqual(expected)
  })
})
