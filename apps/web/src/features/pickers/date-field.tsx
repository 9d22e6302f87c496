import { DateInput, type DateInputProps } from '@mantine/dates';
import '@mantine/dates/styles.css';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import 'dayjs/locale/nb';
import { useTranslation } from 'react-i18next';
import { useEffect, useRef, useState } from 'react';
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
 *
 * Text that is no date (31.02.2025) stays as typed, is called out under the field once the
 * person leaves it, and stops the form around it from being sent: Mantine would quietly put
 * back the last date (or none), and the form would be saved without the date the person meant.
 */
export function DateField({ value, onChange, opensAt, error, ...props }: Props) {
  const { t, i18n } = useTranslation();
  const format = t('dateField.format');
  // The month a person has paged to, or else the date's own, or else where the form says to open.
  const [pagedTo, setPagedTo] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  // The last text typed and the value it was typed over. Mantine leaves the value alone for text
  // that is no date, so the text is still what the field shows for as long as the value stays;
  // a picked day, a cleared field or a new language replace it.
  const [typed, setTyped] = useState<{ text: string; over: string; language: string } | null>(null);
  const [told, setTold] = useState(false);
  const unreadable =
    typed !== null &&
    typed.over === (value || '') &&
    typed.language === i18n.language &&
    typed.text.trim() !== '' &&
    parseTypedDate(typed.text, format) === null;

  useEffect(() => {
    const form = input.current?.form;
    if (!unreadable || !form) return;
    // On the form element itself, so it runs before React's submit handler (delegated to the
    // root) and keeps every form's own handler from sending the old value.
    const refuse = (event: Event) => {
      if (!event.defaultPrevented) input.current?.focus();
      event.preventDefault();
      event.stopPropagation();
      setTold(true);
    };
    form.addEventListener('submit', refuse);
    return () => form.removeEventListener('submit', refuse);
  }, [unreadable]);

  return (
    <DateInput
      {...props}
      ref={input}
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      onChangeCapture={(event) => {
        setTyped({ text: event.currentTarget.value, over: value || '', language: i18n.language });
        setTold(false);
      }}
      onBlur={(event) => {
        props.onBlur?.(event);
        setTold(true);
      }}
      // Keeps text that is no date as typed, for the person to correct.
      fixOnBlur={!unreadable}
      error={
        unreadable && told ? t('dateField.invalid', { format: t('dateField.placeholder') }) : error
      }
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
