/** The Intl locale of a UI language. */
export function localeOf(language: string): string {
  return language === 'en' ? 'en-GB' : 'nb-NO';
}

/**
 * A number as the reader's language writes it — "1 533" and "0,0239" in Norwegian, "1,533"
 * and "0.0239" in English — or "–" when there is none.
 */
export function formatNumber(value: number | null | undefined, language: string, options: Intl.NumberFormatOptions = {}): string {
  if (value == null || !Number.isFinite(value)) return '–';
  return new Intl.NumberFormat(localeOf(language), options).format(value);
}

/** A share (0–1) as a percentage in the reader's language: "42 %" in Norwegian, "42%" in English. */
export function formatPercent(share: number | null | undefined, language: string, fractionDigits = 0): string {
  return formatNumber(share, language, { style: 'percent', maximumFractionDigits: fractionDigits, minimumFractionDigits: fractionDigits });
}
