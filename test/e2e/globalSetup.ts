import { packAndInstall } from './harness/installedPackage';

/** Once per end-to-end run: pack the built package and install it as n8n's installer would. */
export default async function globalSetup(): Promise<void> {
	process.env.E2E_INSTALLED_NODES = packAndInstall();
}
