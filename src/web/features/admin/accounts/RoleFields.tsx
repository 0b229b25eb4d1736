import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { type Role, type RoleGrant, roles } from '../../../../shared/schemas/people.js';
import type { Me } from '../../../../shared/schemas/session.js';
import type { FormError } from '../../../lib/formErrors.js';
import { useDistricts } from '../../../lib/queries.js';
import { useNetworkGroups } from '../adminQueries.js';
import { ChoiceField } from '../ChoiceField.js';
import { districtReach, withinReach } from '../districtReach.js';
import { roleName } from '../roleText.js';

/** A role being chosen in a form, with the district or network group it applies to. */
export interface RoleChoice {
  role: Role | '';
  districtCode: string;
  networkGroupId: string;
}

export const noRoleChoice: RoleChoice = { role: '', districtCode: '', networkGroupId: '' };

const needsDistrict = (role: Role | '') => role === 'coordinator' || role === 'analyst';
const needsGroup = (role: Role | '') => role === 'director' || role === 'member';

const ids = (prefix: string) => ({
  role: `${prefix}-role`,
  district: `${prefix}-district`,
  group: `${prefix}-group`,
});

/** What is missing from the choice, as errors on its fields. */
export function roleChoiceErrors(t: TFunction, prefix: string, choice: RoleChoice): FormError[] {
  const field = ids(prefix);
  if (!choice.role) return [{ field: field.role, message: t('admin.roles.roleMissing') }];
  if (needsDistrict(choice.role) && !choice.districtCode) {
    return [{ field: field.district, message: t('admin.roles.districtMissing') }];
  }
  if (needsGroup(choice.role) && !choice.networkGroupId) {
    return [{ field: field.group, message: t('admin.roles.groupMissing') }];
  }
  return [];
}

/** The choice as the API takes it: only the scope the role needs. */
export function toGrant(choice: RoleChoice & { role: Role }): RoleGrant {
  return {
    role: choice.role,
    ...(needsDistrict(choice.role) ? { districtCode: choice.districtCode } : {}),
    ...(needsGroup(choice.role) ? { networkGroupId: choice.networkGroupId } : {}),
  };
}

/** The server's complaints about a role's scope, beside the right field. */
export const roleServerFields = (t: TFunction, prefix: string) => ({
  role: { field: ids(prefix).role, message: t('admin.roles.roleMissing') },
  districtCode: { field: ids(prefix).district, message: t('admin.roles.districtUnknown') },
  networkGroupId: { field: ids(prefix).group, message: t('admin.roles.groupUnknown') },
});

/**
 * The role, then the district (coordinators, analysts) or network group (directors, members)
 * it applies to. Only administrators give the administrator role; a coordinator chooses among
 * their own districts, and sees only their own districts' groups.
 */
export function RoleFields({
  prefix,
  me,
  value,
  onChange,
  errors,
}: {
  prefix: string;
  me: Me;
  value: RoleChoice;
  onChange(choice: RoleChoice): void;
  errors: FormError[];
}) {
  const { t } = useTranslation();
  const field = ids(prefix);
  const reach = districtReach(me, 'users.manage');
  const admin = reach === undefined;
  const districts = useDistricts();
  const groups = useNetworkGroups(needsGroup(value.role));
  const districtOptions = (districts.data?.items ?? []).filter((district) =>
    withinReach(reach, district.code),
  );

  return (
    <>
      <ChoiceField
        id={field.role}
        label={t('admin.roles.role')}
        description={t('admin.roles.roleHint')}
        errors={errors}
        value={value.role}
        onChange={(role) => onChange({ ...value, role: role as Role | '' })}
        options={roles
          .filter((role) => role !== 'admin' || admin)
          .map((role) => ({ value: role, label: roleName(t, role) }))}
      />
      {needsDistrict(value.role) && (
        <ChoiceField
          id={field.district}
          label={t('admin.roles.district')}
          errors={errors}
          value={value.districtCode}
          onChange={(districtCode) => onChange({ ...value, districtCode })}
          options={districtOptions.map((district) => ({
            value: district.code,
            label: district.name,
          }))}
        />
      )}
      {needsGroup(value.role) && (
        <ChoiceField
          id={field.group}
          label={t('admin.roles.group')}
          errors={errors}
          value={value.networkGroupId}
          onChange={(networkGroupId) => onChange({ ...value, networkGroupId })}
          loading={groups.isPending}
          options={(groups.data?.items ?? []).map((group) => ({
            value: group.id,
            label: `${group.name} (${group.district.name})`,
          }))}
        />
      )}
    </>
  );
}
