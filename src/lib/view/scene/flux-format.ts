// Formats a flux in mg/day with as many decimals as a small flow needs (the artery's is a fraction of a mg).
import { formatNumber } from '../format';

export function formatFlux(mgPerDay: number): string {
	const size = Math.abs(mgPerDay);
	return formatNumber(mgPerDay, size >= 10 ? 0 : size >= 1 ? 1 : 2);
}
