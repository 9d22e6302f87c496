import { Button, Group, Stack } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { validateWith, type SafeParser } from '../../lib/schema-errors';
import { submitErrors } from '../../lib/submit-errors';

interface Props<V extends Record<string, unknown>, I> {
  /** The form's name for assistive technology, e.g. "Endre Sveising". */
  label: string;
  /** The domain's schema, the same the API checks the mutation's input with. */
  schema: SafeParser<I>;
  initialValues: V;
  /** The values as the schema reads them, where a form field holds them otherwise ('' for no number). */
  toInput?: (values: V) => unknown;
  submitLabel: string;
  /** Stores the parsed input; a thrown API error is shown under its field (or announced). */
  onSubmit: (input: I) => Promise<unknown>;
  onCancel: () => void;
  children: (form: UseFormReturnType<V>) => ReactNode;
}

/**
 * An inline add-or-edit form of an editable list: checked with the domain's schema before it is
 * sent, the API's refusals shown under the field they name, Escape to give up.
 */
export function ListItemForm<V extends Record<string, unknown>, I>(props: Props<V, I>) {
  const { t } = useTranslation();
  const form = useForm<V>({ initialValues: props.initialValues });
  const submit = form.onSubmit(async (values) => {
    const checked = validateWith(props.schema, props.toInput ? props.toInput(values) : values);
    if ('errors' in checked) {
      form.setErrors(checked.errors);
      return;
    }
    try {
      await props.onSubmit(checked.data);
    } catch (error) {
      form.setErrors(submitErrors(error, t('editableList.failed')));
    }
  });
  return (
    <form
      aria-label={props.label}
      noValidate
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        // Escape in an open dropdown closes the dropdown only.
        const target = e.target as HTMLElement;
        if (e.key === 'Escape' && target.getAttribute('aria-expanded') !== 'true') props.onCancel();
      }}
    >
      <Stack gap="xs">
        {props.children(form)}
        <Group gap="xs">
          <Button type="submit" size="xs" loading={form.submitting}>
            {props.submitLabel}
          </Button>
          <Button size="xs" variant="default" onClick={props.onCancel} disabled={form.submitting}>
            {t('editableList.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
