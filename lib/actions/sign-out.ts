'use server'

import { signOut } from '../auth'

export async function signOutOfWorkspace() {
  await signOut({ redirectTo: '/' })
}
