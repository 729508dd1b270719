// Number formatting. The page is in English, so figures use en-US formatting whatever the browser's locale:
// "1 in 74.63" reads the same for everyone.

const LOCALE = 'en-US';

/** A number with at most `fraction` decimals and thousands separators. */
export function number(value, fraction = 2) {
  if (value == null || Number.isNaN(Number(value))) return '–';
  return Number(value).toLocaleString(LOCALE, { maximumFractionDigits: fraction });
}

/** A number with `digits` significant digits, never in exponent notation (0.000308, not 3.08e-4). */
export function significant(value, digits = 3) {
  if (value == null || Number.isNaN(Number(value))) return '–';
  if (Number(value) === 0) return '0';
  return Number(value).toLocaleString(LOCALE, { maximumSignificantDigits: digits });
}

/** A probability (0..1) as a percentage with `digits` significant digits: 0.0151 → "1.51%". */
export function percent(probability, digits = 3) {
  if (probability == null || Number.isNaN(Number(probability))) return '–';
  if (Number(probability) === 0) return '0%';
  return Number(probability).toLocaleString(LOCALE, { style: 'percent', maximumSignificantDigits: digits });
}

/** A value already in percent (the pattern analysis gives 12.5 for 12.5%). */
export function percentValue(value, digits = 3) {
  return value == null ? '–' : `${significant(value, digits)}%`;
}

/** "1 in 74.63"; oneIn is null when the event is impossible. */
export function oneIn(value) {
  return value == null ? 'impossible' : `1 in ${number(value, 2)}`;
}

/** An amount of money in the game's currency. */
export function money(amount, currency = 'USD') {
  if (amount == null) return '–';
  try {
    return Number(amount).toLocaleString(LOCALE, { style: 'currency', currency });
  } catch {
    // An unknown currency code: the amount is still exact, just without a symbol.
    return `${number(amount, 2)} ${currency}`;
  }
}

/** Milliseconds as "812 ms", "4.2 s" or "2 min 5 s". */
export function duration(ms) {
  if (ms == null || Number.isNaN(Number(ms))) return '–';
  const value = Number(ms);
  if (value < 1000) return `${Math.round(value)} ms`;
  if (value < 60_000) return `${number(value / 1000, 1)} s`;
  const minutes = Math.floor(value / 60_000);
  return `${minutes} min ${Math.round((value - minutes * 60_000) / 1000)} s`;
}

/** A p-value: tiny values are shown as a bound rather than as a misleadingly exact 0.0000. */
export function pValue(value) {
  if (value == null || Number.isNaN(Number(value))) return '–';
  return value < 0.0001 ? '< 0.0001' : number(value, 4);
}

/** The match count of a tier name: "tier3" → 3. */
export function matchesOf(tier) {
  return Number.parseInt(String(tier).replace(/^tier/, ''), 10);
}
