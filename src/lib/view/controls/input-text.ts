// Translated labels and warnings for the model's inputs, looked up by input id.
import type { NumericInputId } from '$lib/model/parameters';
import { m } from '$lib/paraglide/messages';

const labels: Record<NumericInputId, () => string> = {
	k2McgPerDay: () => m.input_k2_label(),
	d3IuPerDay: () => m.input_d3_label(),
	calciumMgPerDay: () => m.input_calcium_label()
};

export function inputLabel(id: NumericInputId): string {
	return labels[id]();
}

/** The warning shown beside a control whose value is above its recommended limit. */
export function inputWarning(id: NumericInputId, limit: string, units: string): string {
	if (id === 'd3IuPerDay') return m.warning_d3_above_limit({ limit, units });
	if (id === 'calciumMgPerDay') return m.warning_calcium_above_limit({ limit, units });
	return m.warning_above_limit({ limit, units });
}
