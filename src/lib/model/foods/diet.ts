/** Which diet input each plate nutrient sets, without the food table (small enough for the first load: links and the plate button read it). */
import type { ModelInputs } from '../parameters';
import type { Nutrient } from './schema';

/** The diet input of the parameter spec that each nutrient sets (supplements stay separate sliders). */
export const DIET_INPUT_OF = {
	calciumMg: 'calciumMgPerDay',
	vitaminDIu: 'dietVitaminDIuPerDay',
	k1Mcg: 'k1McgPerDay',
	mk4Mcg: 'mk4McgPerDay',
	mk7Mcg: 'dietMk7McgPerDay'
} as const satisfies Record<Nutrient, keyof ModelInputs>;

export type DietInputId = (typeof DIET_INPUT_OF)[Nutrient];
export type DietInputs = Pick<ModelInputs, DietInputId>;
export const DIET_INPUT_IDS: readonly DietInputId[] = Object.values(DIET_INPUT_OF);

/** The diet part of `inputs`. */
export function dietOf(inputs: ModelInputs): DietInputs {
	return Object.fromEntries(DIET_INPUT_IDS.map((id) => [id, inputs[id]])) as DietInputs;
}

/** True when `inputs` hold exactly this diet (a slider moved since means a plate no longer describes them). */
export function dietMatches(inputs: ModelInputs, diet: DietInputs): boolean {
	return DIET_INPUT_IDS.every((id) => inputs[id] === diet[id]);
}
