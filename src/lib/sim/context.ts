// The running Simulation as Svelte context: the route creates it once and every component reads it here, instead of a `sim` prop passed down.
import { createContext } from 'svelte';
import type { Simulation } from './simulation.svelte';

const [getContext, setContext] = createContext<Simulation>();

/** Makes `sim` the simulation of this component and all its descendants; call once in the route's script. */
export function setSimulationContext(sim: Simulation): Simulation {
	return setContext(sim);
}

/** The simulation set by an ancestor (throws when none was set, so a missing setup fails loudly). */
export function getSimulationContext(): Simulation {
	return getContext();
}
