/** The answers a test scripted: a queue (each used once, in order), then a standing responder. */
import type { OpenAiRequest, Reply, Responder } from './types';

export class ReplyScript {
	private queue: Array<Reply | Responder> = [];
	private standing?: Responder;

	/** Appends answers; a function in the queue is called for one request only. */
	push(...answers: Array<Reply | Responder>): void {
		this.queue.push(...answers);
	}

	/** Answers every request once the queue is empty (replaces the previous one; undefined removes it). */
	respondWith(responder: Responder | undefined): void {
		this.standing = responder;
	}

	/** Queued answers not used yet. */
	get pending(): number {
		return this.queue.length;
	}

	clear(): void {
		this.queue = [];
		this.standing = undefined;
	}

	/** The next answer, or undefined when nothing is scripted. */
	async next(request: OpenAiRequest): Promise<Reply | undefined> {
		const answer = this.queue.shift() ?? this.standing;
		if (answer === undefined) return undefined;
		return typeof answer === 'function' ? await answer(request) : answer;
	}
}
