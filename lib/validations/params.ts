import { z } from 'zod'

/** A claim or quantity slug as it appears in a URL. */
export const slugSchema = z.string().max(200).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)

/** A record id (cuid) as it appears in a URL. */
export const idSchema = z.cuid()
