// The simulation's error boundary renders its children, and a translated message with a reset button when they throw.
import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it, vi } from 'vitest';
import SimulationErrorBoundary from './SimulationErrorBoundary.svelte';

const workingSimulation = createRawSnippet(() => ({ render: () => '<p>simulation running</p>' }));
const brokenSimulation = createRawSnippet(() => ({
	render: () => {
		throw new Error('model step failed');
	}
}));

describe('SimulationErrorBoundary', () => {
	it('renders the simulation when nothing fails', () => {
		const { body } = render(SimulationErrorBoundary, {
			props: { onreset: () => {}, children: workingSimulation }
		});
		expect(body).toContain('simulation running');
		expect(body).not.toContain('Reset simulation');
	});

	it('shows the message and the reset button instead of a broken simulation', () => {
		const onreset = vi.fn();
		const { body } = render(SimulationErrorBoundary, {
			props: { onreset, children: brokenSimulation },
			transformError: (error) => error
		});
		expect(body).toContain('role="alert"');
		expect(body).toContain('The simulation stopped');
		expect(body).toMatch(/<button[^>]*type="button"[^>]*>Reset simulation<\/button>/);
		expect(onreset).not.toHaveBeenCalled();
	});
});
