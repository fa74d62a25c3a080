// Locale-aware number formatting for every figure on screen; a value that is not finite shows as a dash, never NaN.
import { appLocale } from '$lib/i18n/locale.svelte';
import { formatFixed } from '$lib/i18n/number-format';

/** Formats a number for the current language with a fixed number of decimals. */
export function formatNumber(value: number, digits = 0, signed = false): string {
	if (!Number.isFinite(value)) return '—';
	return formatFixed(appLocale.current, value, digits, signed);
}

/** Formats a 0–1 fraction as a whole percentage number (no sign), e.g. 0.254 → "25". */
export function formatPercentOf(fraction: number): string {
	return formatNumber(fraction * 100, 0);
}
