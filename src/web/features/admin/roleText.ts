import type { TFunction } from 'i18next';
import type { Role, RoleAssignment, UserStatus } from '../../../shared/schemas/people.js';

/** A role's name in the user's language ("Coördinator"). */
export const roleName = (t: TFunction, role: Role | string): string =>
  t(`admin.role.${role}`, { defaultValue: role });

/** A role with where it applies: "Coördinator in Nieuw-West", "Lid van Netwerkgroep Zuidoost". */
export function describeRole(t: TFunction, assignment: RoleAssignment): string {
  const role = roleName(t, assignment.role);
  if (assignment.networkGroup) {
    return t('admin.role.inGroup', { role, group: assignment.networkGroup.name });
  }
  if (assignment.district) {
    return t('admin.role.inDistrict', { role, district: assignment.district.name });
  }
  return assignment.role === 'admin' ? t('admin.role.everywhere', { role }) : role;
}

export const statusName = (t: TFunction, status: UserStatus): string => t(`admin.status.${status}`);
