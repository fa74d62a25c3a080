/** The generic machinery of the input spec: spec types, the inputs type a spec list implies, defaults and sanitising for any list. */

interface SpecBase<Id extends string> {
	readonly id: Id;
	/** Short name for URLs, embed `controls`/`lock` and CLI flags. */
	readonly shortName: string;
	/** 'diet': set by a plate of foods; the controls show the group inside a closed "Diet in detail" disclosure. */
	readonly group?: 'diet';
}

/** The values of every input by id (what a warning limit may depend on). */
export type InputValues = Readonly<Record<string, number | string | boolean>>;

export interface NumericInputSpec<Id extends string = string> extends SpecBase<Id> {
	readonly kind: 'number';
	readonly units: string;
	readonly min: number;
	readonly max: number;
	readonly default: number;
	readonly step: number;
	/** Above this the UI warns (a number, or one that depends on the other inputs); undefined = no warning. */
	readonly warnAbove?: number | ((inputs: InputValues) => number);
}

export interface ChoiceInputSpec<
	Id extends string = string,
	Option extends string = string
> extends SpecBase<Id> {
	readonly kind: 'choice';
	readonly options: readonly Option[];
	readonly default: Option;
}

export interface SwitchInputSpec<Id extends string = string> extends SpecBase<Id> {
	readonly kind: 'switch';
	readonly default: boolean;
}

export type InputSpec = NumericInputSpec | ChoiceInputSpec | SwitchInputSpec;

/** The value type one spec declares: number, one of its options, or boolean. */
export type InputValue<Spec> = Spec extends NumericInputSpec
	? number
	: Spec extends ChoiceInputSpec<string, infer Option>
		? Option
		: Spec extends SwitchInputSpec
			? boolean
			: never;

/** The inputs object a list of specs implies: one field per spec, named by its id. */
export type InputsOf<Specs extends readonly InputSpec[]> = {
	-readonly [Spec in Specs[number] as Spec['id']]: InputValue<Spec>;
};

/** Declares a numeric input (a slider). */
export function numberInput<const Id extends string>(
	spec: Omit<NumericInputSpec<Id>, 'kind'>
): NumericInputSpec<Id> {
	return { kind: 'number', ...spec };
}

/** Declares a choice input (radio buttons); `options` are the URL words too. */
export function choiceInput<const Id extends string, const Option extends string>(
	spec: Omit<ChoiceInputSpec<Id, Option>, 'kind' | 'default'> & { default: NoInfer<Option> }
): ChoiceInputSpec<Id, Option> {
	return { kind: 'choice', ...spec };
}

/** Declares an on/off input (a checkbox). */
export function switchInput<const Id extends string>(
	spec: Omit<SwitchInputSpec<Id>, 'kind'>
): SwitchInputSpec<Id> {
	return { kind: 'switch', ...spec };
}

/** Clamps a numeric input into its range (NaN becomes the default); the model never sees an out-of-range value. */
export function clampNumericInput(spec: NumericInputSpec, value: number): number {
	if (!Number.isFinite(value)) return spec.default;
	return Math.min(spec.max, Math.max(spec.min, value));
}

/** A valid value for `spec`: numbers clamped, unknown options and non-booleans replaced by the default. */
export function sanitizeValue(spec: InputSpec, value: unknown): number | string | boolean {
	switch (spec.kind) {
		case 'number':
			return clampNumericInput(spec, typeof value === 'number' ? value : Number.NaN);
		case 'choice':
			return spec.options.find((option) => option === value) ?? spec.default;
		case 'switch':
			return typeof value === 'boolean' ? value : spec.default;
	}
}

/** The warning limit of a numeric input at these inputs, or undefined when it never warns. */
export function warningLimit(spec: NumericInputSpec, inputs: InputValues): number | undefined {
	return typeof spec.warnAbove === 'function' ? spec.warnAbove(inputs) : spec.warnAbove;
}

/** Every spec's default, by id. */
export function defaultsOf<const Specs extends readonly InputSpec[]>(
	specs: Specs
): InputsOf<Specs> {
	return Object.fromEntries(specs.map((spec) => [spec.id, spec.default])) as InputsOf<Specs>;
}

/** A copy of `inputs` with every value valid for its spec (other fields are kept as they are). */
export function sanitizeWith<const Specs extends readonly InputSpec[]>(
	specs: Specs,
	inputs: InputsOf<Specs>
): InputsOf<Specs> {
	const given = inputs as InputValues;
	const clean: Record<string, unknown> = { ...given };
	for (const spec of specs) clean[spec.id] = sanitizeValue(spec, given[spec.id]);
	return clean as InputsOf<Specs>;
}
