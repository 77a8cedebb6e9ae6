// Ids for rows written with raw SQL, where Prisma's @default(cuid()) does not run. Shaped like a
// cuid: "c", the time in milliseconds in base 36, then random characters, 25 in all, so they sort
// by creation among the client's ids and the forms' z.cuid() checks accept them.
import { randomBytes } from 'node:crypto'

export const newId = () => `c${Date.now().toString(36)}${randomBytes(8).toString('hex')}`
