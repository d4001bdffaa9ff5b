/** Who an API key acts as; each route declares which roles may call it (plugins/auth.ts). */
export const ROLES = ['admin', 'organizer', 'secretariat', 'submitter', 'auditor', 'reader'] as const
export type Role = (typeof ROLES)[number]
/** Roles whose keys act only for their committee and the committees below it. */
export const SCOPED_ROLES: readonly Role[] = ['organizer', 'secretariat', 'submitter']
