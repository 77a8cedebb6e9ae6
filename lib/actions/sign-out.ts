'use server'

import { signOut } from '../auth/session'

export async function signOutOfWorkspace() {
  await signOut({ redirectTo: '/' })
}
