// The gut's calcium gate in motion: the TRPV6 doors ease open or shut (~300 ms) as the model's active absorption changes, and ions cross by both routes while the simulation plays.
import { gsapAttachment } from './gsap-attachment.svelte';

export interface GutMotionOptions {
	playing: () => boolean;
	/** How far the gate is open, 0–1 (follows the active route's share). */
	opening: () => number;
	/** How far each door slides when wide open (SVG units). */
	maxShift: number;
	routeX: number;
	passiveX: number;
	/** y of the lumen, gate, calbindin, pump and blood along the active route. */
	stops: readonly number[];
}

const EASE_SECONDS = 0.3;

export function gutMotion(options: GutMotionOptions) {
	return gsapAttachment<SVGSVGElement, number>({
		playing: options.playing,
		value: options.opening,
		build: ({ gsap, root }) => {
			const part = (name: string) => root.querySelector(`[data-motion="${name}"]`);
			const leftDoor = part('door-left');
			const rightDoor = part('door-right');
			const leftTo = gsap.quickTo(leftDoor, 'x', { duration: EASE_SECONDS, ease: 'power2.out' });
			const rightTo = gsap.quickTo(rightDoor, 'x', { duration: EASE_SECONDS, ease: 'power2.out' });
			const [lumen, gate, calbindinY, pump, blood] = options.stops;
			const calbindin = part('calbindin');

			// The active route: through the gate, carried by calbindin, pumped out into the blood.
			const active = gsap.timeline({ paused: true, repeat: -1, repeatDelay: 0.2 });
			active
				.set(part('active-ion'), { x: options.routeX, y: lumen, opacity: 0 })
				.to(part('active-ion'), { opacity: 1, duration: 0.15 })
				.to(part('active-ion'), { y: gate, duration: 0.4, ease: 'power1.in' })
				.to(part('active-ion'), { y: calbindinY, duration: 0.4, ease: 'power1.out' })
				.to(calbindin, { y: pump - calbindinY - 16, duration: 0.7, ease: 'power1.inOut' })
				.to(part('active-ion'), { y: pump - 16, duration: 0.7, ease: 'power1.inOut' }, '<')
				.to(part('active-ion'), { y: blood, duration: 0.4, ease: 'power2.in' })
				.to(part('active-ion'), { opacity: 0, duration: 0.15 })
				.to(calbindin, { y: 0, duration: 0.6, ease: 'power1.inOut' }, '<');
			// The passive route: straight down between the cells, at a steady pace.
			const passive = gsap.timeline({ paused: true, repeat: -1, repeatDelay: 0.9 });
			passive
				.set(part('passive-ion'), { x: options.passiveX, y: lumen, opacity: 0 })
				.to(part('passive-ion'), { opacity: 1, duration: 0.15 })
				.to(part('passive-ion'), { y: blood, duration: 2.2, ease: 'none' })
				.to(part('passive-ion'), { opacity: 0, duration: 0.15 });

			let previous: number | undefined;
			return {
				setRunning: (running) => {
					for (const timeline of [active, passive]) {
						if (running) timeline.play();
						else timeline.pause();
					}
				},
				update: (opening) => {
					// A wider gate lets ions through faster (never quite stopped, so the route stays visible).
					active.timeScale(0.25 + 1.5 * opening);
					if (previous !== undefined && previous !== opening) {
						// Svelte has moved the doors to the new opening; start them from where they were and ease in.
						const delta = (opening - previous) * options.maxShift;
						leftTo(0, Number(gsap.getProperty(leftDoor, 'x')) + delta);
						rightTo(0, Number(gsap.getProperty(rightDoor, 'x')) - delta);
					}
					previous = opening;
				}
			};
		}
	});
}
