/** Fast tests: unit tests and in-process workflow runs (n8n-core's WorkflowExecute). */
module.exports = {
	preset: 'ts-jest',
	testEnvironment: 'node',
	roots: ['<rootDir>/test', '<rootDir>/nodes'],
	testMatch: ['**/*.test.ts'],
	testPathIgnorePatterns: ['/node_modules/', '/test/e2e/', '/dist/'],
	transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
	testTimeout: 30000,
	reporters: ['default', '<rootDir>/test/summaryReporter.js'],
};
