// With the database away, a form keeps what was typed and says the service is briefly
// unavailable; it never ends on the error page. The app is pointed at a port nobody listens on.
import { describe, expect, it, vi } from 'vitest'
import { formData } from '../testing/form-data'

vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }))

describe('a database outage', () => {
  it('gives the form back with what was typed and says so, for a signed-in action and a public one', async () => {
    vi.stubEnv('DATABASE_URL', 'postgresql://claimtrail@127.0.0.1:9/claimtrail')
    const { addNote } = await import('./add-note')
    const { sendCheckRequest } = await import('./send-check-request')
    const { UNAVAILABLE_MESSAGE } = await import('../db-errors')

    const body = 'A note typed while the database was down, which must not be lost.'
    const note = await addNote.run('cjld2cjxh0000qzrmn831i7rn', formData({ claimId: 'cjld2cjxh0000qzrmn831i7rn', body }))
    expect(note).toMatchObject({ status: 'error', message: UNAVAILABLE_MESSAGE, values: { body } })

    const claimText = 'Crime fell by half last year, the mayor said on the radio.'
    const request = await sendCheckRequest.run(new Headers(), formData({ claimText }))
    expect(request).toMatchObject({ status: 'error', message: UNAVAILABLE_MESSAGE, values: { claimText } })
    vi.unstubAllEnvs()
  }, 30_000)
})
