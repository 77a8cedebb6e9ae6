'use server'

import { revalidatePath } from 'next/cache'
import { createAccount as create } from '../server/accounts/create-account'
import { authedAction } from '../auth/authed-action'
import { getDb } from '../db'
import { AppError } from '../errors'
import { isUniqueViolation } from '../db-errors'
import { hashPassword } from '../auth/password'
import { ROLE_LABELS } from '../auth/permissions'
import { userCreateSchema } from '../validations/user'

const emailTaken = () =>
  new AppError('invalid', 'Check the highlighted fields; nothing was saved.', { email: ['An account with this email already exists'] })

export const createAccount = authedAction({ permission: 'user.manage', schema: userCreateSchema }, async ({ password, ...account }, { user }) => {
  const db = getDb()
  // Checked before hashing, which is slow on purpose; the unique index catches a race.
  if (await db.user.findUnique({ where: { email: account.email }, select: { id: true } })) throw emailTaken()
  const passwordHash = await hashPassword(password)
  try {
    await db.$transaction((tx) => create(tx, user, { ...account, passwordHash }))
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken()
    throw error
  }
  revalidatePath('/admin/accounts')
  return {
    status: 'ok',
    message: `Created a ${ROLE_LABELS[account.role]} account for ${account.email}. Give them the password privately; they can sign in now.`,
  }
})
