/** What every part of the HubSpot fake shares. */
import type { Clock, FakeServer, SeededRandom } from '../common';
import type { AssociationStore } from './associations/store';
import type { HubSpotAuth } from './auth';
import type { ObjectStore } from './objects/records';
import type { ObjectTypeDef, ObjectTypeRegistry } from './objectTypes';
import type { OwnerStore } from './owners';
import type { PipelineStore } from './pipelines';
import type { PropertyRegistry } from './properties/registry';
import type { ValidationDeps } from './properties/validate';

export interface HubSpotSettings {
	readonly portalId: number;
	/** Inputs per batch call (crm-apis.md 2.3): 100. */
	readonly maxBatchInputs: number;
	/** Inputs per v4 association batch create / archive (unconfirmed upstream; crm-apis.md 2.3 advises 100). */
	readonly maxAssociationBatchInputs: number;
	/**
	 * How batch upsert / update report per-record validation errors: `multiStatus` (default) lands
	 * the valid records and answers 207 with `errors[]`; `wholeBatch` refuses the batch with one 400.
	 */
	readonly batchErrors: 'multiStatus' | 'wholeBatch';
	/** Delay before a write shows in search results (clock time). */
	searchLagMs: number;
	/** v4 association responses carry object ids as numbers (HubSpot) rather than strings (its spec). */
	readonly associationIdsAsNumbers: boolean;
	/** Return batch results in a seeded random order (HubSpot does not promise input order). */
	readonly shuffleBatchResults: boolean;
	readonly maxStringLength: number;
	/** Batch update with `idProperty: "email"` fails on HubSpot (crm-apis.md 2.2); true lets it through. */
	readonly allowBatchUpdateByEmail: boolean;
}

export interface HubSpotContext extends ValidationDeps {
	readonly clock: Clock;
	readonly server: FakeServer;
	readonly random: SeededRandom;
	readonly settings: HubSpotSettings;
	readonly auth: HubSpotAuth;
	readonly types: ObjectTypeRegistry;
	readonly pipelines: PipelineStore;
	readonly associations: AssociationStore;
	readonly owners: OwnerStore;
	readonly properties: PropertyRegistry;
	/** The records of a type. */
	store(type: ObjectTypeDef): ObjectStore;
	/** The next record id: one counter for every type, so ids never collide across types. */
	nextId(): string;
}
