/** End-to-end tests: the packed package installed into real n8n, run from its CLI against the local fakes. */
module.exports = {
	preset: 'ts-jest',
	testEnvironment: 'node',
	roots: ['<rootDir>/test/e2e'],
	testMatch: ['**/*.e2e.test.ts'],
	transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
	globalSetup: '<rootDir>/test/e2e/globalSetup.ts',
	globalTeardown: '<rootDir>/test/e2e/globalTeardown.ts',
	testTimeout: 600000,
	// Two test files at a time: most of an end-to-end test is n8n starting up and waiting on the fakes.
	maxWorkers: Number(process.env.E2E_WORKERS ?? 2),
	reporters: ['default', '<rootDir>/test/summaryReporter.js'],
};
