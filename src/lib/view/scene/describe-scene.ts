// Builds the plain-language description of what the model shows now, for screen readers and as the scene's text alternative.
import type { Snapshot } from '$lib/model';
import type { ModelInputs } from '$lib/model/parameters';
import { m } from '$lib/paraglide/messages';
import { settingTexts } from '../controls/input-text';
import { formatNumber } from '../format';

function boneTrend(snapshot: Snapshot): string {
	const net = snapshot.boneFormationMgPerDay - snapshot.boneResorptionMgPerDay;
	if (net > 5) return m.describe_bone_gaining({ mg: formatNumber(net) });
	if (net < -5) return m.describe_bone_losing({ mg: formatNumber(-net) });
	return m.describe_bone_balanced();
}

/** One short paragraph: the settings (every input of the spec), where absorbed calcium goes, how bone and arteries trend, which proteins are active. */
export function describeScene(snapshot: Snapshot, inputs: ModelInputs): string {
	return [
		m.describe_settings({ list: settingTexts(inputs).join('; ') }),
		m.describe_flows({
			intake: formatNumber(snapshot.intakeMgPerDay),
			absorbed: formatNumber(snapshot.grossAbsorptionMgPerDay),
			percent: formatNumber(snapshot.fractionalAbsorption * 100),
			secreted: formatNumber(snapshot.secretionMgPerDay),
			urine: formatNumber(snapshot.urineMgPerDay)
		}),
		boneTrend(snapshot),
		m.describe_outcomes({
			bone: formatNumber(snapshot.boneMineralChangePct, 2, true),
			artery: formatNumber(snapshot.arterialCalciumIndex, 2)
		}),
		m.describe_proteins({
			osteocalcin: formatNumber(snapshot.carboxylatedOsteocalcinFraction * 100),
			mgp: formatNumber(snapshot.carboxylatedMgpFraction * 100),
			vitaminD: formatNumber(snapshot.serum25OHDNmolL)
		}),
		inputs.warfarin ? m.describe_warfarin() : ''
	]
		.filter(Boolean)
		.join(' ');
}
