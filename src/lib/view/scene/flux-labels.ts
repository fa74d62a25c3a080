// Which snapshot field feeds each drawn flux, and its translated name.
import type { Snapshot } from '$lib/model';
import { m } from '$lib/paraglide/messages';
import type { FluxId } from './layout';

export const fluxSources: Record<FluxId, { field: keyof Snapshot; label: () => string }> = {
	intake: { field: 'intakeMgPerDay', label: () => m.flux_intake() },
	absorption: { field: 'grossAbsorptionMgPerDay', label: () => m.flux_absorption() },
	secretion: { field: 'secretionMgPerDay', label: () => m.flux_secretion() },
	faecal: { field: 'faecalMgPerDay', label: () => m.flux_faecal() },
	boneFormation: { field: 'boneFormationMgPerDay', label: () => m.flux_bone_formation() },
	boneResorption: { field: 'boneResorptionMgPerDay', label: () => m.flux_bone_resorption() },
	arterialDeposition: {
		field: 'arterialDepositionMgPerDay',
		label: () => m.flux_arterial_deposition()
	},
	urine: { field: 'urineMgPerDay', label: () => m.flux_urine() }
};
