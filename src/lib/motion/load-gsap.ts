// Loads gsap the first time an animation needs it (a dynamic import, so it stays out of the first-load budget).
import type { gsap as Gsap } from 'gsap';

export type GsapInstance = typeof Gsap;

let loading: Promise<GsapInstance> | undefined;

/** gsap, imported once and shared by every animation. */
export function loadGsap(): Promise<GsapInstance> {
	loading ??= import('gsap').then((module) => module.gsap);
	return loading;
}
