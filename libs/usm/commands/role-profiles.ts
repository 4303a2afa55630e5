import { validationError } from '@g3n/es';
import { isRoleProfile } from '@g3n/platform';

/** Keys may hold any role profile of the role table except owner (owner-only governance stays with people). */
export function checkRoleProfiles(profiles: string[]): string[] {
  const bad = profiles.filter((p) => p === 'owner' || !isRoleProfile(p));
  if (bad.length) {
    throw validationError('role-profile-invalid', `Not an assignable role profile: ${bad.join(', ')}.`, {
      fields: bad.map((p) => ({ field: 'role_profiles', reason: `${p} is not an assignable role profile` })),
    });
  }
  return [...new Set(profiles)];
}
