import { execFile, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import type { N8nRuntime } from './runtimes';
import { ExecutionResult, type RunExecutionData } from './executionResult';

const execFileAsync = promisify(execFile);

export interface CredentialImport {
	id: string;
	name: string;
	type: string;
	data: Record<string, unknown>;
}

export interface WorkflowImport {
	id: string;
	name: string;
	nodes: unknown[];
	connections: Record<string, unknown>;
	[key: string]: unknown;
}

/** Environment every test instance runs with: SQLite in a throw-away folder, nothing phoning home. */
function baseEnv(userFolder: string, runtime: N8nRuntime): NodeJS.ProcessEnv {
	const keep = ['PATH', 'HOME', 'LANG', 'TZ', 'TMPDIR'];
	const env: NodeJS.ProcessEnv = {};
	for (const key of keep) if (process.env[key] !== undefined) env[key] = process.env[key];
	return {
		...env,
		PATH: `${path.dirname(runtime.nodeBin)}${path.delimiter}${process.env.PATH ?? ''}`,
		N8N_USER_FOLDER: userFolder,
		N8N_ENCRYPTION_KEY: 'e2e-tests-only-encryption-key',
		DB_TYPE: 'sqlite',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_LOG_LEVEL: process.env.E2E_N8N_LOG_LEVEL ?? 'warn',
		N8N_SECURE_COOKIE: 'false',
		// n8n 2.x hands published versions to a publication outbox that only a running server drains;
		// with it off, sub-workflow calls read the published (active) version straight from the database,
		// which is what `publish:workflow` sets. Same behaviour, without a server.
		N8N_USE_WORKFLOW_PUBLICATION_SERVICE: 'false',
		NODE_ENV: 'production',
	};
}

/** A TCP port free on 127.0.0.1 now. */
export async function freePort(): Promise<number> {
	return await new Promise((resolve, reject) => {
		const server = net.createServer();
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as net.AddressInfo;
			server.close(() => resolve(port));
		});
		server.on('error', reject);
	});
}

/**
 * One real n8n with our package installed in its user folder's `.n8n/nodes`, driven by its CLI
 * (`import:credentials`, `import:workflow`, `execute`, `export:nodes`) or started as a server for
 * webhook tests. Each instance has its own folder and SQLite database.
 */
export class N8nInstance {
	private server?: ChildProcess;
	private serverOutput = '';

	private constructor(
		readonly runtime: N8nRuntime,
		readonly userFolder: string,
		private readonly extraEnv: Record<string, string>,
	) {}

	static create(runtime: N8nRuntime, options: { env?: Record<string, string> } = {}): N8nInstance {
		const nodesTemplate = process.env.E2E_INSTALLED_NODES;
		if (!nodesTemplate)
			throw new Error('E2E_INSTALLED_NODES is not set: run through jest.e2e.config.js');
		const userFolder = fs.mkdtempSync(path.join(os.tmpdir(), `n8n-e2e-${runtime.name}-`));
		fs.mkdirSync(path.join(userFolder, '.n8n'), { recursive: true });
		fs.cpSync(nodesTemplate, path.join(userFolder, '.n8n', 'nodes'), { recursive: true });
		return new N8nInstance(runtime, userFolder, options.env ?? {});
	}

	get env(): NodeJS.ProcessEnv {
		return { ...baseEnv(this.userFolder, this.runtime), ...this.extraEnv };
	}

	/** Runs an n8n CLI command; throws with n8n's own output when it exits non-zero. */
	async cli(args: string[]): Promise<{ stdout: string; stderr: string }> {
		try {
			return await execFileAsync(this.runtime.nodeBin, [this.runtime.n8nBin, ...args], {
				env: this.env,
				maxBuffer: 1024 * 1024 * 1024,
				timeout: 30 * 60 * 1000,
			});
		} catch (error) {
			const {
				stdout = '',
				stderr = '',
				code,
			} = error as { stdout?: string; stderr?: string; code?: number };
			throw new Error(
				`n8n ${args[0]} failed on ${this.runtime.name} (exit ${code}).\n--- stdout ---\n${tail(stdout)}\n--- stderr ---\n${tail(stderr)}`,
			);
		}
	}

	private writeJson(name: string, data: unknown): string {
		const file = path.join(this.userFolder, name);
		fs.writeFileSync(file, JSON.stringify(data));
		return file;
	}

	async importCredentials(credentials: CredentialImport[]): Promise<void> {
		await this.cli([
			'import:credentials',
			`--input=${this.writeJson('credentials.json', credentials)}`,
		]);
	}

	async importWorkflow(workflow: WorkflowImport): Promise<string> {
		await this.cli([
			'import:workflow',
			`--input=${this.writeJson(`workflow-${workflow.id}.json`, workflow)}`,
		]);
		return workflow.id;
	}

	/**
	 * Publishes a workflow on n8n 2.x, where runs that are not manual call a sub-workflow's published
	 * version only. n8n 1.x has no publishing and runs sub-workflows as saved.
	 */
	async publishWorkflow(workflowId: string): Promise<void> {
		if (this.runtime.name === 'n8n-v1') return;
		await this.cli(['publish:workflow', `--id=${workflowId}`]);
	}

	/**
	 * Runs a workflow with `n8n execute` (mode "cli": static data such as watermarks is saved).
	 * Resolves with the run data; a failed run rejects with n8n's own output.
	 */
	async execute(workflowId: string): Promise<ExecutionResult> {
		const result = await this.executeAllowingFailure(workflowId);
		if (result.error) {
			throw new Error(
				`Workflow ${workflowId} failed on ${this.runtime.name}: ${result.errorSummary()}`,
			);
		}
		return result;
	}

	/** As execute(), but a failed run resolves too, so a test can assert on the error. */
	async executeAllowingFailure(workflowId: string): Promise<ExecutionResult> {
		// A successful run prints its data on stdout; a failed one only logs it (at level info), so
		// the log goes to a file of its own, one JSON object a line.
		const logFile = path.join(this.userFolder, `execute-${workflowId}-${Date.now()}.log`);
		let stdout = '';
		let stderr = '';
		try {
			({ stdout, stderr } = await execFileAsync(
				this.runtime.nodeBin,
				[this.runtime.n8nBin, 'execute', `--id=${workflowId}`, '--rawOutput'],
				{
					env: {
						...this.env,
						// Its own task-broker port: n8n 2.x starts one per process, and tests run side by side.
						N8N_RUNNERS_BROKER_PORT: String(await freePort()),
						N8N_LOG_LEVEL: 'info',
						N8N_LOG_OUTPUT: 'file',
						N8N_LOG_FORMAT: 'json',
						N8N_LOG_FILE_LOCATION: logFile,
					},
					maxBuffer: 1024 * 1024 * 1024,
					timeout: 30 * 60 * 1000,
				},
			));
		} catch (error) {
			({ stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string });
		}
		const parsed = parseRunData(stdout) ?? runDataFromLog(logFile);
		if (parsed) return new ExecutionResult(parsed);
		const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '';
		throw new Error(
			`n8n execute gave no run data on ${this.runtime.name}.\n--- stdout ---\n${tail(stdout)}\n--- stderr ---\n${tail(stderr)}\n--- log ---\n${tail(log)}`,
		);
	}

	/** The node types n8n loaded (built-in and community), as `n8n export:nodes` lists them. */
	async nodeTypes(): Promise<
		Array<{ name: string; displayName: string; credentials?: Array<{ name: string }> }>
	> {
		const file = path.join(this.userFolder, 'nodes-export.json');
		await this.cli(['export:nodes', `--output=${file}`]);
		return JSON.parse(fs.readFileSync(file, 'utf8'));
	}

	/** Starts `n8n start` on free ports and resolves once it answers its health check. */
	async start(): Promise<string> {
		const port = await freePort();
		const brokerPort = await freePort();
		this.server = spawn(this.runtime.nodeBin, [this.runtime.n8nBin, 'start'], {
			env: {
				...this.env,
				N8N_PORT: String(port),
				N8N_LISTEN_ADDRESS: '127.0.0.1',
				N8N_RUNNERS_BROKER_PORT: String(brokerPort),
				WEBHOOK_URL: `http://127.0.0.1:${port}/`,
			},
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		const collect = (chunk: Buffer) => {
			this.serverOutput = (this.serverOutput + chunk.toString()).slice(-20000);
		};
		this.server.stdout?.on('data', collect);
		this.server.stderr?.on('data', collect);
		const baseUrl = `http://127.0.0.1:${port}`;
		const deadline = Date.now() + 120_000;
		while (Date.now() < deadline) {
			if (this.server.exitCode !== null) break;
			try {
				const response = await fetch(`${baseUrl}/healthz/readiness`);
				if (response.ok) return baseUrl;
			} catch {
				// not listening yet
			}
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
		await this.stop();
		throw new Error(
			`n8n start did not become ready on ${this.runtime.name}:\n${tail(this.serverOutput)}`,
		);
	}

	get serverLog(): string {
		return this.serverOutput;
	}

	async stop(): Promise<void> {
		const server = this.server;
		if (!server || server.exitCode !== null) return;
		await new Promise<void>((resolve) => {
			const timer = setTimeout(() => server.kill('SIGKILL'), 15_000);
			server.once('exit', () => {
				clearTimeout(timer);
				resolve();
			});
			server.kill('SIGTERM');
		});
	}

	async dispose(): Promise<void> {
		await this.stop();
		if (!process.env.E2E_KEEP_USER_FOLDERS)
			fs.rmSync(this.userFolder, { recursive: true, force: true });
	}
}

function parseRunData(stdout: string): RunExecutionData | undefined {
	const start = stdout.indexOf('{');
	if (start < 0) return undefined;
	try {
		return JSON.parse(stdout.slice(start)) as RunExecutionData;
	} catch {
		return undefined;
	}
}

/** The run data a failed `n8n execute` logged as one message. */
function runDataFromLog(logFile: string): RunExecutionData | undefined {
	if (!fs.existsSync(logFile)) return undefined;
	for (const line of fs.readFileSync(logFile, 'utf8').split('\n')) {
		if (!line.includes('resultData')) continue;
		try {
			const entry = JSON.parse(line) as { message?: string };
			const parsed = entry.message ? parseRunData(entry.message) : undefined;
			if (parsed) return parsed;
		} catch {
			// not a log entry of ours
		}
	}
	return undefined;
}

function tail(text: string, chars = 6000): string {
	return text.length > chars ? `…${text.slice(-chars)}` : text;
}
