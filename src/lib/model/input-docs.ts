// The model inputs in English words for the CLI (--help, errors) and the README's tables: the UI shows Paraglide messages instead (i18n/input-labels.ts), so these strings stay out of the client bundles.
import type { ChoiceInputId, InputId, InputSpec, ModelInputs } from './parameters';

/** English words of one input. */
export interface InputDoc {
	/** The input's name, as the CLI's --help and the README's tables write it. */
	readonly label: string;
	/** For a choice: each option with a short English gloss, for --help. */
	readonly optionLabels?: Readonly<Record<string, string>>;
}

/** A new input adds its words here (and each option's, for a choice): the types insist. */
const docs: {
	readonly [Id in InputId]: Id extends ChoiceInputId
		? InputDoc & { readonly optionLabels: Readonly<Record<ModelInputs[Id], string>> }
		: InputDoc;
} = {
	k2McgPerDay: {
		label: 'Vitamin K2 supplement (MK-7 unless k2-form says otherwise)'
	},
	d3IuPerDay: {
		label: 'Vitamin D3'
	},
	k2Form: {
		label: 'Form of the vitamin K2 supplement',
		optionLabels: {
			mk7: 'mk7 (MK-7, at the dose above)',
			mk4: 'mk4 (MK-4 at a nutritional dose, the dose above)',
			'mk4-drug':
				'mk4-drug (MK-4 45 mg/day, the Japanese osteoporosis drug dose; the dose above does not apply)'
		}
	},
	calciumMgPerDay: {
		label: 'Dietary calcium'
	},
	lifeStage: {
		label: 'Life stage',
		optionLabels: {
			child: 'child (9–13, peak bone building)',
			teen: 'teen (14–18)',
			adult: 'adult (19–50)',
			postmenopausal: 'postmenopausal (after menopause, 51–70)',
			older: 'older (over 70, men and women)'
		}
	},
	warfarin: {
		label: 'Taking warfarin (a vitamin K antagonist)'
	},
	sunExposure: {
		label: 'Sun exposure',
		optionLabels: {
			none: 'none (indoors, or winter at high latitude)',
			low: 'low (mostly indoors)',
			moderate: 'moderate (some sun most days)',
			high: 'high (a lot of summer sun)'
		}
	},
	dietVitaminDIuPerDay: {
		label: 'Vitamin D from food'
	},
	k1McgPerDay: {
		label: 'Vitamin K1 from food (leafy greens, oils)'
	},
	mk4McgPerDay: {
		label: 'Vitamin K2 MK-4 from food (meat, egg yolk, butter)'
	},
	dietMk7McgPerDay: {
		label: 'Vitamin K2 MK-7 to MK-9 from food (natto, hard cheese)'
	}
};

/** The English words of an input (by spec or id). */
export function inputDoc(spec: InputSpec | InputId): InputDoc {
	return docs[typeof spec === 'string' ? spec : (spec.id as InputId)];
}
