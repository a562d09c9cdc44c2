import { randomBytes } from 'node:crypto';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function alnum(length: number): string {
	const bytes = randomBytes(length);
	let out = '';
	for (const byte of bytes) out += ALNUM[byte % ALNUM.length];
	return out;
}

/** Ids shaped like OpenAI's: `chatcmpl-…`, `call_…`, `resp_…`, `msg_…`, `fc_…`, `req_…`. */
export const ids = {
	chatCompletion: () => `chatcmpl-${alnum(29)}`,
	toolCall: () => `call_${alnum(24)}`,
	response: () => `resp_${randomBytes(24).toString('hex')}`,
	message: () => `msg_${randomBytes(24).toString('hex')}`,
	functionCall: () => `fc_${randomBytes(24).toString('hex')}`,
	request: () => `req_${randomBytes(16).toString('hex')}`,
};

/** Seconds since the epoch, as in `created` / `created_at`. */
export function unixSeconds(): number {
	return Math.floor(Date.now() / 1000);
}

/** A rough token count (about four characters a token), enough for `usage`. */
export function estimateTokens(text: string): number {
	return text.length === 0 ? 0 : Math.max(1, Math.ceil(text.length / 4));
}
