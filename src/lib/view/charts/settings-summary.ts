// A short line naming a set of inputs (for the pinned run's legend): "K2 180 µg, D3 600 IU, calcium 1,000 mg".
import type { ModelInputs } from '$lib/model/parameters';
import { m } from '$lib/paraglide/messages';
import { formatNumber } from '../format';

export function settingsSummary(inputs: ModelInputs): string {
	const extra =
		(inputs.lifeStage === 'postmenopausal' ? m.compare_settings_menopause() : '') +
		(inputs.warfarin ? m.compare_settings_warfarin() : '');
	return m.compare_settings_short({
		k2: formatNumber(inputs.k2McgPerDay),
		d3: formatNumber(inputs.d3IuPerDay),
		ca: formatNumber(inputs.calciumMgPerDay),
		extra
	});
}
