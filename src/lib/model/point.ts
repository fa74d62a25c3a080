/** The physiological point of a state under inputs: what `assembleFluxes` needs (shared by step, snapshot, steady state). */
import type { AssumptionValues } from './assumptions';
import type { FluxPoint } from './fluxes';
import type { ModelInputs } from './parameters';
import type { ModelState } from './state';
import { extrahepaticKDoseMcgPerDay } from './vitamin-k-forms';
import { carboxylatedMgpFraction, carboxylatedOsteocalcinFraction } from './vitamins';

/** The flux point of `state` under clean `inputs` (hormone and gut values as stored in the state). */
export function fluxPointOf(
	state: ModelState,
	inputs: ModelInputs,
	assumption: AssumptionValues
): FluxPoint {
	const dose = extrahepaticKDoseMcgPerDay(state.mk7SerumNgPerMl, inputs, assumption);
	return {
		intakeMgPerDay: inputs.calciumMgPerDay,
		lifeStage: inputs.lifeStage,
		daysSinceMenopause: state.daysSinceMenopause,
		ecfCalciumMg: state.ecfCalciumMg,
		gutLumenMg: state.gutLumenMg,
		remodellingSpaceMg: state.remodellingSpaceMg,
		pthGlandCapacity: state.pthGlandCapacity,
		gutTransportCapacity: state.gutTransportCapacity,
		serum25OHDNmolL: state.serum25OHDNmolL,
		carboxylatedOsteocalcin: carboxylatedOsteocalcinFraction(dose, inputs.warfarin),
		carboxylatedMgp: carboxylatedMgpFraction(dose, inputs.warfarin),
		assumption
	};
}
