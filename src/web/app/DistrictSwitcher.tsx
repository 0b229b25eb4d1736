import { Field, Label, Select } from '@amsterdam/design-system-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDistricts } from '../lib/queries.js';
import { useDistrict } from './DistrictContext.js';

export function DistrictSwitcher() {
  const { t } = useTranslation();
  const id = useId();
  const { district, setDistrict } = useDistrict();
  const districts = useDistricts();
  const known = districts.data?.items ?? [];
  // A remembered district that no longer exists counts as "all districts".
  const value = known.some((item) => item.code === district) ? district : '';

  return (
    <Field className="schakel-district-switcher">
      <Label htmlFor={id}>{t('district.label')}</Label>
      <Select
        id={id}
        value={value}
        onChange={(event) => setDistrict(event.target.value || undefined)}
      >
        <Select.Option value="">{t('district.all')}</Select.Option>
        {known.map((item) => (
          <Select.Option key={item.code} value={item.code}>
            {item.name}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
