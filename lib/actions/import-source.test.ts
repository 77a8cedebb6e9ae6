// The import form's limit on pasted text, through the action as the browser posts to it: line
// breaks arrive as CRLF and count once, and text over the limit is refused in words that name it,
// with the text given back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectDb } from '../db'
import type { FormState } from '../form-state'
import { MAX_TEXT_LENGTH } from '../import/text-limits'
import { formData } from '../testing/form-data'
import { importSource } from './import-source'

/** `length` characters as the form counts them, a line break every 60, each posted as CRLF (multipart/form-data). */
const submitted = (length: number) => `${'x'.repeat(59)}\n`.repeat(Math.ceil(length / 60)).slice(0, length - 1).replace(/\n/g, '\r\n') + '.'

describe('importing pasted text at and over the limit', () => {
  const db = connectDb(process.env.DATABASE_URL!)
  let userId = ''
  beforeAll(async () => {
    userId = (await db.user.findFirstOrThrow({ where: { role: 'REVIEWER', disabledAt: null }, select: { id: true } })).id
  })
  afterAll(() => db.$disconnect())

  const fields = { title: '', kind: 'NEWS_ARTICLE', publisher: '', author: '', url: '', publishedOn: '' }

  it('refuses text over the limit naming the limit and its length, and gives back what was sent', async () => {
    const text = submitted(MAX_TEXT_LENGTH + 1)
    const outcome = (await importSource.run(userId, formData({ ...fields, text }))) as FormState
    expect(outcome.status).toBe('invalid')
    expect(outcome.fieldErrors?.text).toEqual(['This text is 2,000,001 characters long; the limit is 2,000,000 (a line break counts as one). Import a longer source in parts.'])
    expect(outcome.values?.text).toBe(text)
  })

  it('takes 2,000,000 characters with their CRLF line breaks past the limit (to ask only for the title the text lacks)', async () => {
    const text = submitted(MAX_TEXT_LENGTH)
    expect(text.length).toBeGreaterThan(MAX_TEXT_LENGTH)
    const outcome = (await importSource.run(userId, formData({ ...fields, text }))) as FormState
    expect(outcome).toMatchObject({ status: 'invalid', fieldErrors: { title: ['Enter a title'] } })
    expect(outcome.values?.text).toBe(text)
  }, 60_000)
})
