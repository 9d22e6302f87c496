const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/** The MOD11 check digit of an organisation number's first eight digits; undefined when 10 (no valid number). */
export function orgNumberCheckDigit(firstEight: string): number | undefined {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(firstEight[i]) * (WEIGHTS[i] ?? 0);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  if (check === 10) return undefined;
  return check;
}

/** True for a 9-digit organisasjonsnummer whose last digit is its MOD11 check digit. */
export function isValidOrgNumber(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  return orgNumberCheckDigit(value.slice(0, 8)) === Number(value[8]);
}

/**
 * Valid, never repeating organisation numbers for the synthetic organisations, walking up from
 * a fixed start and skipping the numbers already taken by real organisations in the seed.
 */
export function orgNumberSequence(taken: Iterable<string>): () => string {
  const used = new Set(taken);
  let base = 921_400_00;
  return () => {
    for (;;) {
      base += 7;
      const firstEight = String(base);
      const check = orgNumberCheckDigit(firstEight);
      if (check === undefined) continue;
      const number = `${firstEight}${check}`;
      if (used.has(number)) continue;
      used.add(number);
      return number;
    }
  };
}
