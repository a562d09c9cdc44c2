import type { Connection } from 'jsforce';
import { describedObject, type DescribedField, type DescribedObject } from './describedObject';
import { SoqlInputError } from './soql';

/** Describes fetched once per execution, keyed by object name. */
export class DescribeCache {
	private readonly objects = new Map<string, Promise<DescribedObject>>();

	constructor(private readonly connection: Connection) {}

	get(objectName: string): Promise<DescribedObject> {
		let described = this.objects.get(objectName);
		if (!described) {
			described = this.connection
				.sobject(objectName)
				.describe()
				.then((result) => describedObject(result));
			this.objects.set(objectName, described);
			described.catch(() => this.objects.delete(objectName));
		}
		return described;
	}

	/**
	 * The field a path such as `Account.Owner.Email` ends on, following each relationship to the
	 * first object it can point to. Throws, naming the path, when a step does not exist.
	 */
	async field(objectName: string, path: string): Promise<DescribedField> {
		const found = await this.walk(objectName, path);
		if ('field' in found) return found.field;
		throw new SoqlInputError(
			found.isLast
				? `No field "${found.step}" on ${found.object}${path.includes('.') ? ` (in "${path}")` : ''}`
				: `No relationship "${found.step}" on ${found.object} (in "${path}")`,
		);
	}

	/** As field(), but undefined when the path names no field. */
	async findField(objectName: string, path: string): Promise<DescribedField | undefined> {
		const found = await this.walk(objectName, path);
		return 'field' in found ? found.field : undefined;
	}

	private async walk(
		objectName: string,
		path: string,
	): Promise<{ field: DescribedField } | { step: string; object: string; isLast: boolean }> {
		const steps = path.split('.');
		let described = await this.get(objectName);
		for (const [index, step] of steps.entries()) {
			const isLast = index === steps.length - 1;
			const lower = step.toLowerCase();
			const match = described.fields.find((f) =>
				isLast ? f.name.toLowerCase() === lower : f.relationshipName?.toLowerCase() === lower,
			);
			if (!match) return { step, object: described.name, isLast };
			if (isLast) return { field: match };
			described = await this.get(match.referenceTo[0]);
		}
		return { step: path, object: described.name, isLast: true };
	}

	/** Describe types of result columns; a column that names no field (an alias) has none. */
	async typesOf(objectName: string, columns: string[]): Promise<Map<string, string>> {
		const types = new Map<string, string>();
		for (const column of columns) {
			const field = await this.findField(objectName, column);
			if (field) types.set(column, field.type);
		}
		return types;
	}
}

/** Every field the Bulk API can select on the object (compound and base64 fields left out). */
export function bulkQueryableFields(described: DescribedObject): string[] {
	return described.fields.filter((field) => field.bulkQueryable).map((field) => field.name);
}
