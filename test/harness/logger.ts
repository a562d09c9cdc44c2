import type { Logger, LogMetadata } from 'n8n-workflow';

type Level = 'error' | 'warn' | 'info' | 'debug';
const LEVELS: Level[] = ['error', 'warn', 'info', 'debug'];

/**
 * Stands in for n8n's winston logger (`@n8n/backend-common` Logger) inside n8n-core's DI
 * container. Silent by default, so test output stays clean; set `N8N_HARNESS_LOG_LEVEL`
 * (error | warn | info | debug) to print what n8n-core logs while a workflow runs.
 */
export class HarnessLogger implements Logger {
	private readonly threshold: number;

	constructor(level = process.env.N8N_HARNESS_LOG_LEVEL) {
		this.threshold = LEVELS.indexOf((level ?? '') as Level);
	}

	error(message: string, metadata?: LogMetadata) {
		this.log('error', message, metadata);
	}

	warn(message: string, metadata?: LogMetadata) {
		this.log('warn', message, metadata);
	}

	info(message: string, metadata?: LogMetadata) {
		this.log('info', message, metadata);
	}

	debug(message: string, metadata?: LogMetadata) {
		this.log('debug', message, metadata);
	}

	/** n8n-core services call `logger.scoped('cron')` etc.; scopes are not filtered here. */
	scoped() {
		return this;
	}

	private log(level: Level, message: string, metadata?: LogMetadata) {
		if (LEVELS.indexOf(level) > this.threshold) return;
		console[level === 'debug' ? 'log' : level](`[n8n ${level}] ${message}`, metadata ?? '');
	}
}
