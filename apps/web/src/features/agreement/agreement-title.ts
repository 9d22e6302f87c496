import type { TFunction } from 'i18next';

/**
 * What an agreement is called on screen: its title, or — for researchers, from whom the API
 * withholds titles as free text that may name a person — its kind.
 */
export function agreementTitle(agreement: { title: string; kind: string }, t: TFunction): string {
  return agreement.title || t(`agreementKind.${agreement.kind}`);
}
