import { z } from 'zod'

/** A claim or quantity slug as it appears in a URL. */
export const slugSchema = z.string().max(200).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)

/** A record id (cuid) as it appears in a URL. */
export const idSchema = z.cuid()

/** A value from the address: the first when repeated; an empty field (an "Any" choice) is no value. */
export const fromAddress = (value: unknown) => (Array.isArray(value) ? value[0] : value) || undefined

/** The most pages a list is read to: past it the offset costs more than anyone pages by hand. */
export const PAGE_MAX = 10_000

/**
 * `?page=N` of a paged list (the first value when repeated): 1 when absent or empty. Anything but a
 * whole number from 1 to PAGE_MAX fails, and the page answers "not found".
 */
export const pageParamSchema = z.preprocess(fromAddress, z.coerce.number().int().min(1).max(PAGE_MAX).default(1))

/** Most versions a source is expected to have: a version number past it is no version. */
export const VERSION_MAX = 100_000

/** A source's version number as it appears in an address (`?version=N`, `/versions/N/`, `/changes/1/2`): a whole number from 1 to VERSION_MAX. */
export const versionSchema = z.coerce.number().int().min(1).max(VERSION_MAX)

/** The same, from a query parameter that may be absent (undefined). */
export const versionParamSchema = z.preprocess(fromAddress, versionSchema.optional())
