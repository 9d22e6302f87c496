import { DateInput, type DateInputProps } from '@mantine/dates';
import '@mantine/dates/styles.css';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import 'dayjs/locale/nb';
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { formatDate, todayIso } from '../../lib/format';

dayjs.extend(customParseFormat);

type Props = Omit<DateInputProps, 'value' | 'onChange' | 'defaultValue' | 'date' | 'onDateChange' | 'defaultDate'> & {
  /** An ISO date (YYYY-MM-DD), or '' for none: what the forms and the API hold. */
  value?: string | null | undefined;
  onChange: (value: string) => void;
  /** The month the calendar shows while the field is empty, e.g. the start's for an end date. */
  opensAt?: string | null | undefined;
};

/**
 * What a person may type into a date field: the language's own way (01.06.2027 in Norwegian,
 * 01/06/2027 in English), without leading zeros, or ISO. Strict, so a half-typed year is not
 * taken for a date.
 */
export function parseTypedDate(text: string, format: string): string | null {
  const formats = [format, format.replace('DD', 'D').replace('MM', 'M'), 'YYYY-MM-DD'];
  const date = dayjs(text.trim(), formats, true);
  return date.isValid() ? date.format('YYYY-MM-DD') : null;
}

/**
 * A date field written and read in the page's language. The browser's own date field follows the
 * browser's language, not the page's: a Norwegian page showed mm/dd/yyyy in an English browser.
 * A calendar opens below it; the days, months and buttons are named in the page's language.
 */
export function DateField({ value, onChange, opensAt, ...props }: Props) {
  const { t, i18n } = useTranslation();
  const format = t('dateField.format');
  // The month a person has paged to, or else the date's own, or else where the form says to open.
  const [pagedTo, setPagedTo] = useState<string | null>(null);
  return (
    <DateInput
      {...props}
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      date={pagedTo ?? (value || opensAt || todayIso())}
      onDateChange={setPagedTo}
      locale={i18n.language}
      firstDayOfWeek={1}
      highlightToday
      // Mantine draws weekends in red and other months' days faded, both below AA's contrast.
      weekendDays={[]}
      hideOutsideDates
      getDayAriaLabel={(day) => formatDate(day, i18n.language, 'long')}
      valueFormat={format}
      dateParser={(text) => parseTypedDate(text, format)}
      placeholder={props.placeholder ?? t('dateField.placeholder')}
      clearable={props.clearable ?? !props.required}
      clearButtonProps={{ 'aria-label': t('dateField.clear') }}
      // The month and year controls are named by what they show ("desember 2026"), as WCAG asks.
      ariaLabels={{
        nextMonth: t('dateField.nextMonth'),
        previousMonth: t('dateField.previousMonth'),
        nextYear: t('dateField.nextYear'),
        previousYear: t('dateField.previousYear'),
        nextDecade: t('dateField.nextDecade'),
        previousDecade: t('dateField.previousDecade'),
      }}
    />
  );
}
