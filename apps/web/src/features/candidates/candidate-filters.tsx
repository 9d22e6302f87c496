import { Button, Group, NumberInput, Select, SimpleGrid, TagsInput, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MAX_SEARCH_TALENTS } from '@brobygger/domain';
import { NACE_SECTIONS } from './nace-sections';

export interface CandidateFilterValues {
  search: string;
  talents: string[];
  municipalityNumber: string | null;
  minHoursPerWeek: number | '';
  wishedIndustry: string | null;
}

export const EMPTY_CANDIDATE_FILTER: CandidateFilterValues = {
  search: '',
  talents: [],
  municipalityNumber: null,
  minHoursPerWeek: '',
  wishedIndustry: null,
};

interface Props {
  value: CandidateFilterValues;
  onChange: (value: CandidateFilterValues) => void;
  /** Municipalities seen on cards so far: number → name. */
  municipalities: ReadonlyMap<string, string>;
  /** The API's field errors for the filter (e.g. `minHoursPerWeek`). */
  errors: Record<string, string>;
}

/** The employer's filters over candidate cards; every filled-in part narrows the list. */
export function CandidateFilters({ value, onChange, municipalities, errors }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof CandidateFilterValues>(key: K, v: CandidateFilterValues[K]) => onChange({ ...value, [key]: v });
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm" verticalSpacing="xs">
      <TextInput
        label={t('employer.candidates.search')}
        placeholder={t('employer.candidates.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={value.search}
        onChange={(e) => set('search', e.currentTarget.value)}
        error={errors['search']}
      />
      <TagsInput
        label={t('employer.candidates.talents')}
        placeholder={t('employer.candidates.talentsPlaceholder')}
        maxTags={MAX_SEARCH_TALENTS}
        value={value.talents}
        onChange={(v) => set('talents', v)}
        error={Object.entries(errors).find(([k]) => k.startsWith('talents'))?.[1]}
      />
      <Select
        label={t('fields.municipality')}
        placeholder={t('employer.candidates.any')}
        clearable
        searchable
        data={[...municipalities].map(([number, name]) => ({ value: number, label: name }))}
        value={value.municipalityNumber}
        onChange={(v) => set('municipalityNumber', v)}
        error={errors['municipalityNumber']}
      />
      <NumberInput
        label={t('employer.candidates.minHours')}
        placeholder={t('employer.candidates.any')}
        min={0}
        max={100}
        value={value.minHoursPerWeek}
        onChange={(v) => set('minHoursPerWeek', typeof v === 'number' ? v : '')}
        error={errors['minHoursPerWeek']}
      />
      <Select
        label={t('employer.candidates.wishedIndustry')}
        placeholder={t('employer.candidates.any')}
        clearable
        searchable
        data={NACE_SECTIONS.map((s) => ({ value: s, label: `${s} – ${t(`employer.nace.${s}`)}` }))}
        value={value.wishedIndustry}
        onChange={(v) => set('wishedIndustry', v)}
        error={errors['wishedIndustry']}
      />
      {/* No status filter: a candidate's status is not on the employer's card (DESIGN.md). */}
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <Button variant="subtle" onClick={() => onChange(EMPTY_CANDIDATE_FILTER)}>
          {t('employer.candidates.clear')}
        </Button>
      </Group>
    </SimpleGrid>
  );
}
