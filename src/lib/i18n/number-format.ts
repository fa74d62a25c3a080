// Numbers with fixed decimals for each app language, written out: the first Intl.NumberFormat on a page loads ICU data (~30 ms of main thread, ~120 ms on Lighthouse's emulated phone), so every figure on screen is formatted here instead (number-format.test.ts checks it against Intl.NumberFormat).
import type { Locale } from '$lib/paraglide/runtime';

interface NumberSymbols {
	/** Between groups of three integer digits. */
	group: string;
	decimal: string;
	/** Integer digits needed beyond three before grouping starts (CLDR's minimumGroupingDigits: Spanish writes 1000 but 10.000). */
	minimumGroupingDigits: number;
}

/** CLDR's symbols for each app language, as Intl.NumberFormat uses them (French groups with a narrow no-break space). */
const SYMBOLS: Readonly<Record<Locale, NumberSymbols>> = {
	en: { group: ',', decimal: '.', minimumGroupingDigits: 1 },
	es: { group: '.', decimal: ',', minimumGroupingDigits: 2 },
	fr: { group: '\u202f', decimal: ',', minimumGroupingDigits: 1 }
};

/**
 * `magnitude` (finite, ≥ 0) rounded half away from zero to `digits` decimals, as integer and fraction digit strings.
 * Rounds the shortest decimal that reads back as the same number (what `String` gives), as ICU does: 1.005 → "1.01",
 * where `toFixed` rounds the binary value and gives "1.00".
 */
function roundedDigits(magnitude: number, digits: number): { integer: string; fraction: string } {
	const [mantissa, exponentText = '0'] = String(magnitude).split('e');
	const [whole, decimals = ''] = mantissa.split('.');
	let all = whole + decimals;
	let integerLength = whole.length + Number(exponentText);
	if (integerLength < 1) {
		all = '0'.repeat(1 - integerLength) + all;
		integerLength = 1;
	}
	const keep = integerLength + digits;
	const kept = all.padEnd(keep, '0').slice(0, keep).split('').map(Number);
	if (Number(all[keep] ?? '0') >= 5) {
		let at = kept.length - 1;
		while (at >= 0 && kept[at] === 9) kept[at--] = 0;
		if (at >= 0) kept[at] += 1;
		else {
			kept.unshift(1);
			integerLength += 1;
		}
	}
	const text = kept.join('');
	return { integer: text.slice(0, integerLength), fraction: text.slice(integerLength) };
}

/**
 * `value` in `locale` with exactly `digits` decimals (0–20), grouped; with `signed`, a plus or minus sign unless it
 * rounds to zero (Intl's signDisplay "exceptZero"); otherwise a minus sign whenever the value is negative, as Intl
 * writes -0.04 as "-0.0". The caller handles values that are not finite.
 */
export function formatFixed(
	locale: Locale,
	value: number,
	digits: number,
	signed: boolean
): string {
	const symbols = SYMBOLS[locale] ?? SYMBOLS.en;
	const { integer, fraction } = roundedDigits(Math.abs(value), digits);
	let grouped = integer;
	if (integer.length >= 3 + symbols.minimumGroupingDigits)
		grouped = integer.replace(/\B(?=(\d{3})+$)/g, symbols.group);
	const body = fraction ? grouped + symbols.decimal + fraction : grouped;
	const negative = value < 0 || Object.is(value, -0);
	const isZero = !/[1-9]/.test(integer + fraction);
	if (signed) return isZero ? body : (negative ? '-' : '+') + body;
	return negative ? '-' + body : body;
}
