// n8n's own community-node lint (the same config `n8n-node lint` uses), in its variant without the
// two n8n Cloud-only rules (no-restricted-imports, no-restricted-globals): this package uses jsforce,
// @hubspot/api-client and intercom-client at run time, so it is for self-hosted n8n only.
import { configWithoutCloudSupport } from '@n8n/node-cli/eslint';

export default [
	...configWithoutCloudSupport,
	{ ignores: ['test/e2e/runtime/**', 'coverage/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
	{
		files: ['package.json'],
		rules: {
			// The package wraps three vendor SDKs (jsforce, @hubspot/api-client, intercom-client) and
			// lodash at run time, which the project brief requires; that is why it is not Cloud-eligible.
			'@n8n/community-nodes/no-runtime-dependencies': 'off',
		},
	},
	{
		// Tests, fakes, harnesses and benchmarks are not shipped (package.json "files" is dist/ only),
		// so the rules about node descriptions and shipped code do not apply to them. typescript-eslint
		// and the general rules still do.
		files: ['test/**/*.ts'],
		rules: {
			'@n8n/community-nodes/missing-paired-item': 'off',
			'@n8n/community-nodes/require-node-api-error': 'off',
			'@n8n/community-nodes/no-http-request-with-manual-auth': 'off',
			'@n8n/community-nodes/no-hardcoded-secrets': 'off',
			'@n8n/community-nodes/node-usable-as-tool': 'off',
			'@n8n/community-nodes/credential-test-required': 'off',
			'@n8n/community-nodes/credential-password-field': 'off',
			'@n8n/community-nodes/icon-validation': 'off',
			'@n8n/community-nodes/require-node-description-fields': 'off',
			// The end-to-end harness, the demo and the benchmarks start real n8n as a child process.
			'@n8n/community-nodes/no-dangerous-functions': 'off',
			// Scripts (demo, benchmarks) print their figures and reports to the console.
			'no-console': 'off',
		},
	},
];
