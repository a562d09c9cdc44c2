/**
 * The process-level pieces n8n-core's execution engine takes from its DI container.
 *
 * What `WorkflowExecute` and the node execution contexts touch (n8n-core 1.122):
 * - `InstanceSettings` (every node context; built from `InstanceSettingsConfig`, writes an
 *   encryption-key file into its n8n folder): built here on a temporary folder, so the
 *   user's real ~/.n8n is never read or written and no env var has to be set.
 * - `Logger`: replaced by the harness logger (also given to n8n-workflow's `LoggerProxy`).
 * - `SSHClientsManager` (every `ExecuteContext`) and `ScheduledTaskManager` (every
 *   `TriggerContext`): the real ones start a 60 s interval and add a `process.on('exit')`
 *   listener, which would leave open handles; replaced by stand-ins that refuse to work.
 * - `ErrorReporter`, `GlobalConfig`, `BinaryDataService` (in-memory "default" mode, no
 *   init), `ExecutionContextService`, `Cipher`, `TriggersAndPollers`: n8n's own classes,
 *   created on demand by the container from the pieces above.
 *
 * Jest gives every test file its own module registry, so this state (and n8n-workflow's
 * static expression-engine setting) lives and dies with one test file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { InstanceSettings } from 'n8n-core';
import { ScheduledTaskManager } from 'n8n-core/dist/execution-engine/scheduled-task-manager';
import { SSHClientsManager } from 'n8n-core/dist/execution-engine/ssh-clients-manager';
import { ApplicationError, Expression, LoggerProxy } from 'n8n-workflow';

import { HarnessLogger } from './logger';
import { Container, InstanceSettingsConfigToken, LoggerToken } from './n8n-internals';

let tempRoot: string | undefined;

function unsupported(feature: string): never {
	throw new ApplicationError(`${feature} is not available in the in-process workflow harness`);
}

export function ensureEnvironment(): void {
	if (tempRoot !== undefined) return;

	// n8n 1.123's CLI defaults N8N_EXPRESSION_ENGINE to 'vm' (isolated-vm), whose native
	// module is not built here (npm runs with ignore-scripts, and v6 needs Node 22).
	// 'legacy' is the supported in-process evaluator (the same as N8N_EXPRESSION_ENGINE=legacy).
	Expression.setExpressionEngine('legacy');

	const logger = new HarnessLogger();
	LoggerProxy.init(logger);
	Container.set(LoggerToken, logger);

	tempRoot = mkdtempSync(path.join(tmpdir(), 'n8n-harness-'));
	const instanceSettingsConfig = {
		n8nFolder: path.join(tempRoot, '.n8n'),
		userHome: tempRoot,
		encryptionKey: randomBytes(24).toString('base64'),
		enforceSettingsFilePermissions: false,
	};
	Container.set(InstanceSettingsConfigToken, instanceSettingsConfig);
	Container.set(
		InstanceSettings,
		new InstanceSettings(
			instanceSettingsConfig as ConstructorParameters<typeof InstanceSettings>[0],
			logger as unknown as ConstructorParameters<typeof InstanceSettings>[1],
		),
	);

	Container.set(SSHClientsManager, {
		getClient: async () => unsupported('An SSH tunnel'),
		updateLastUsed: () => {},
	} as unknown as SSHClientsManager);
	Container.set(ScheduledTaskManager, {
		registerCron: () => unsupported('Cron scheduling'),
		deregisterCrons: () => {},
		deregisterAllCrons: () => {},
	} as unknown as ScheduledTaskManager);
}

/** Removes the temporary n8n folder. Registered with jest's `afterAll` below. */
export function disposeEnvironment(): void {
	if (tempRoot === undefined) return;
	rmSync(tempRoot, { recursive: true, force: true });
	tempRoot = undefined;
}

if (typeof afterAll === 'function') afterAll(disposeEnvironment);
