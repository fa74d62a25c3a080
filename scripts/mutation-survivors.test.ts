// The mutation summary counts timeouts as caught and uncovered mutants as missed, and names each survivor by file and line.
import { describe, expect, it } from 'vitest';
import { score, summarise } from './mutation-survivors.js';

const mutant = (status: string, line = 1) => ({
	status,
	mutatorName: 'ArithmeticOperator',
	replacement: 'a + b',
	location: { start: { line, column: 3 } }
});

describe('mutation summary', () => {
	it('scores detected over detected plus undetected, ignoring compile errors', () => {
		expect(
			score([mutant('Killed'), mutant('Timeout'), mutant('Survived'), mutant('NoCoverage')])
		).toBe(50);
		expect(score([mutant('Killed'), mutant('CompileError')])).toBe(100);
		expect(score([])).toBe(100);
	});

	it('lists each survivor with its place and replacement', () => {
		const lines = summarise({
			files: { 'src/a.ts': { mutants: [mutant('Killed'), mutant('Survived', 12)] } }
		});
		expect(lines).toContain('  50.0 %  src/a.ts');
		expect(lines).toContain('Survivors (1):');
		expect(lines.at(-1)).toBe('  Survived   src/a.ts:12:3  ArithmeticOperator: a + b');
	});
});
