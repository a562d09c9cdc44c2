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
	maxWorkers: 1,
	reporters: ['default', '<rootDir>/test/summaryReporter.js'],
};
