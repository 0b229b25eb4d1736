import { Select } from '@amsterdam/design-system-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { type Role, type RoleGrant, roles } from '../../../../shared/schemas/people.js';
import type { Me } from '../../../../shared/schemas/session.js';
import { FormField } from '../../../lib/FormField.js';
import { errorFor, type FormError } from '../../../lib/formErrors.js';
import { useDistricts } from '../../../lib/queries.js';
import { useNetworkGroups } from '../adminQueries.js';
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
  const admin = me.roles.some((assignment) => assignment.role === 'admin');
  const ownDistricts = me.roles.flatMap((assignment) =>
    assignment.role === 'coordinator' && assignment.district ? [assignment.district.code] : [],
  );
  const districts = useDistricts();
  const groups = useNetworkGroups(needsGroup(value.role));
  const districtOptions = (districts.data?.items ?? []).filter(
    (district) => admin || ownDistricts.includes(district.code),
  );

  return (
    <>
      <FormField
        id={field.role}
        label={t('admin.roles.role')}
        description={t('admin.roles.roleHint')}
        error={errorFor(errors, field.role)}
      >
        {(input) => (
          <Select
            {...input}
            value={value.role}
            onChange={(event) => onChange({ ...value, role: event.target.value as Role | '' })}
          >
            <Select.Option value="">{t('admin.roles.choose')}</Select.Option>
            {roles
              .filter((role) => role !== 'admin' || admin)
              .map((role) => (
                <Select.Option key={role} value={role}>
                  {roleName(t, role)}
                </Select.Option>
              ))}
          </Select>
        )}
      </FormField>
      {needsDistrict(value.role) && (
        <FormField
          id={field.district}
          label={t('admin.roles.district')}
          error={errorFor(errors, field.district)}
        >
          {(input) => (
            <Select
              {...input}
              value={value.districtCode}
              onChange={(event) => onChange({ ...value, districtCode: event.target.value })}
            >
              <Select.Option value="">{t('admin.roles.choose')}</Select.Option>
              {districtOptions.map((district) => (
                <Select.Option key={district.code} value={district.code}>
                  {district.name}
                </Select.Option>
              ))}
            </Select>
          )}
        </FormField>
      )}
      {needsGroup(value.role) && (
        <FormField
          id={field.group}
          label={t('admin.roles.group')}
          error={errorFor(errors, field.group)}
        >
          {(input) => (
            <Select
              {...input}
              value={value.networkGroupId}
              onChange={(event) => onChange({ ...value, networkGroupId: event.target.value })}
            >
              <Select.Option value="">
                {groups.isPending ? t('app.loading') : t('admin.roles.choose')}
              </Select.Option>
              {(groups.data?.items ?? []).map((group) => (
                <Select.Option key={group.id} value={group.id}>
                  {group.name} ({group.district.name})
                </Select.Option>
              ))}
            </Select>
          )}
        </FormField>
      )}
    </>
  );
}
