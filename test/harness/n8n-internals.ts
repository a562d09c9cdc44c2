/**
 * The exact module instances n8n-core uses internally.
 *
 * n8n-core 1.122 ships its own nested copies of `@n8n/di`, `@n8n/backend-common` and
 * `@n8n/config` (node_modules/n8n-core/node_modules/@n8n/...), while the top-level copies
 * in this repository are newer versions pulled in by other dev dependencies. A class token
 * or a `Container` from the wrong copy is a different object, so anything registered
 * there is invisible to n8n-core. Resolve these packages from n8n-core's own directory.
 */
import path from 'node:path';

const n8nCoreDir = path.dirname(require.resolve('n8n-core/package.json'));

function requireAsN8nCore<T>(id: string): T {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	return require(require.resolve(id, { paths: [n8nCoreDir] })) as T;
}

type ClassToken<T = unknown> = abstract new (...args: never[]) => T;

export interface DiContainer {
	has<T>(token: ClassToken<T>): boolean;
	get<T>(token: ClassToken<T>): T;
	set<T>(token: ClassToken<T>, instance: T): void;
}

export const { Container } = requireAsN8nCore<{ Container: DiContainer }>('@n8n/di');

/** `Logger` from n8n-core's `@n8n/backend-common`: the DI token n8n-core asks for. */
export const { Logger: LoggerToken } = requireAsN8nCore<{ Logger: ClassToken }>(
	'@n8n/backend-common',
);

/** `InstanceSettingsConfig` from n8n-core's `@n8n/config`. */
export const { InstanceSettingsConfig: InstanceSettingsConfigToken } = requireAsN8nCore<{
	InstanceSettingsConfig: ClassToken;
}>('@n8n/config');
