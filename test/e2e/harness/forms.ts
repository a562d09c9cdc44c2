/**
 * Fills in an n8n form the way its page's script does: GET the page, POST `field-<n>` values as
 * multipart form data (with the page's `x-auth-token`), then follow `formWaitingUrl` to the next
 * page once the execution waits there. n8n 2.x signs waiting-form URLs (`?signature=`): the
 * signature is kept on every request.
 */
export interface FormPage {
	url: string;
	html: string;
}

const sleep = async (ms: number) => await new Promise((resolve) => setTimeout(resolve, ms));

export class FormSession {
	constructor(private readonly headers: Record<string, string> = {}) {}

	async open(url: string): Promise<FormPage> {
		const response = await fetch(url, { headers: this.headers });
		const html = await response.text();
		if (!response.ok) throw new Error(`GET ${url}: ${response.status} ${html.slice(0, 500)}`);
		return { url, html };
	}

	/**
	 * Submits `values` (`field-<n>` → value; arrays for checkboxes) and resolves with the next page:
	 * another form, or the completion page.
	 */
	async submit(page: FormPage, values: Record<string, string | string[]>): Promise<FormPage> {
		const body = new FormData();
		for (const [name, value] of Object.entries(values))
			body.append(name, Array.isArray(value) ? JSON.stringify(value) : value);
		const token = /const authToken = '([^']*)'/.exec(page.html)?.[1];
		const response = await fetch(page.url, {
			method: 'POST',
			body,
			headers: { ...this.headers, ...(token ? { 'x-auth-token': token } : {}) },
		});
		const text = await response.text();
		if (!response.ok) throw new Error(`POST ${page.url}: ${response.status} ${text.slice(0, 500)}`);
		if (!text.trim()) return await this.next(page.url);
		let waiting: string | undefined;
		try {
			waiting = (JSON.parse(text) as { formWaitingUrl?: string }).formWaitingUrl;
		} catch {
			return { url: page.url, html: text };
		}
		return await this.next(waiting ?? page.url);
	}

	/** Waits until the execution behind a waiting-form URL shows its next page, and opens it. */
	private async next(waitingUrl: string, timeoutMs = 180_000): Promise<FormPage> {
		const status = new URL(waitingUrl);
		status.pathname = `${status.pathname}/n8n-execution-status`;
		const deadline = Date.now() + timeoutMs;
		let last = '';
		while (Date.now() < deadline) {
			last = (await (await fetch(status, { headers: this.headers })).text()).trim();
			if (last === 'form-waiting' || last === 'success') {
				const page = await this.open(waitingUrl);
				// A completion page's script posts back to it, which lets the execution finish.
				if (last === 'form-waiting' && !page.html.includes('<form'))
					await fetch(waitingUrl, { method: 'POST', headers: this.headers, body: '' });
				return page;
			}
			if (['canceled', 'crashed', 'error', 'null'].includes(last))
				throw new Error(`the form's execution ended with status "${last}"`);
			await sleep(250);
		}
		throw new Error(`the form's next page did not come in ${timeoutMs} ms (status "${last}")`);
	}
}
