import { createVerify, generateKeyPairSync } from 'node:crypto';
import { jwtAssertion } from '../../../credentials/salesforceSession';
import { loginUrlOf } from '../../../credentials/salesforceShared';

describe('Salesforce JWT bearer assertion', () => {
	const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
	const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

	function decode(part: string) {
		return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
	}

	it('carries the claims Salesforce checks, signed RS256 with the private key', () => {
		const token = jwtAssertion(
			'client-id',
			'ops@acme.com',
			'https://test.salesforce.com',
			pem,
			1_000,
		);
		const [header, claims, signature] = token.split('.');
		expect(decode(header)).toEqual({ alg: 'RS256', typ: 'JWT' });
		expect(decode(claims)).toEqual({
			iss: 'client-id',
			sub: 'ops@acme.com',
			aud: 'https://test.salesforce.com',
			exp: 1_180,
		});
		const verified = createVerify('RSA-SHA256')
			.update(`${header}.${claims}`)
			.verify(publicKey, Buffer.from(signature, 'base64url'));
		expect(verified).toBe(true);
	});

	it('accepts a key pasted on one line with literal \\n sequences', () => {
		const oneLine = pem.replace(/\n/g, '\\n');
		expect(() => jwtAssertion('c', 'u', 'https://login.salesforce.com', oneLine)).not.toThrow();
	});
});

describe('login URL of a Salesforce credential', () => {
	it.each([
		[{ environment: 'production' }, 'https://login.salesforce.com'],
		[{ environment: 'sandbox' }, 'https://test.salesforce.com'],
		[
			{ environment: 'custom', loginUrl: 'https://acme.my.salesforce.com/' },
			'https://acme.my.salesforce.com',
		],
		[{}, 'https://login.salesforce.com'],
	])('%j → %s', (credentials, expected) => {
		expect(loginUrlOf(credentials)).toBe(expected);
	});
});
