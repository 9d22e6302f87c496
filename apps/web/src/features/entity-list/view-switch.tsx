import { SegmentedControl, type SegmentedControlProps } from '@mantine/core';
import { usePhone } from '../../lib/use-phone';

/**
 * Which part of a list to show (pending, accepted, all…): side by side on a wide screen, one
 * under another on a phone, where five of them side by side run off the screen. `label` names
 * the choice for screen readers.
 */
export function ViewSwitch<T extends string>({
  label,
  ...props
}: SegmentedControlProps<T> & { label: string }) {
  const phone = usePhone();
  return (
    <SegmentedControl<T>
      aria-label={label}
      w={phone ? '100%' : 'fit-content'}
      {...props}
      orientation={phone ? 'vertical' : 'horizontal'}
      fullWidth={phone}
    />
  );
}
