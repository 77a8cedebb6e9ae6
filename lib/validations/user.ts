import { z } from 'zod'
import { Role } from '../generated/prisma/enums'
import { PASSWORD_MIN_LENGTH } from '../auth/password'
import { passwordWeakness } from '../auth/password-strength'

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email('Enter a valid email address').max(254))

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(256, 'Use at most 256 characters')

const SITE_WORDS = ['claimtrail', 'claim', 'trail', 'factcheck']

export const userCreateSchema = z
  .object({
    email: emailSchema,
    name: z.string().trim().min(1, 'Enter a name').max(100, 'Use at most 100 characters'),
    role: z.enum(Role, 'Choose a role'),
    password: passwordSchema,
  })
  .superRefine(({ email, name, password }, context) => {
    // Words of the account itself, and of this site, are the first an attacker tries.
    const local = email.split('@')[0] ?? ''
    const words = [email, local, local.replace(/[^a-z0-9]/gi, ''), name, name.replace(/\s+/g, ''), ...`${local} ${name}`.split(/[^\p{L}\p{N}]+/u), ...SITE_WORDS]
    const weakness = passwordWeakness(password, words)
    if (weakness) context.addIssue({ code: 'custom', path: ['password'], message: weakness })
  })

export type UserCreateInput = z.infer<typeof userCreateSchema>

export const signInSchema = z.object({
  email: emailSchema,
  // Length-checked only: a wrong password and a short one must get the same answer.
  password: z.string().min(1, 'Enter your password').max(256),
})

/** An account named by a hidden field on the admin page. */
const accountIdSchema = z.cuid('Choose an account')

export const accountRoleChangeSchema = z.object({
  userId: accountIdSchema,
  role: z.enum(Role, 'Choose a role'),
})

export type AccountRoleChangeInput = z.infer<typeof accountRoleChangeSchema>

/** Disabling and re-enabling both name just the account. */
export const accountStatusChangeSchema = z.object({
  userId: accountIdSchema,
})

export type AccountStatusChangeInput = z.infer<typeof accountStatusChangeSchema>
