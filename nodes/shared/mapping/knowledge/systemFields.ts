/**
 * Salesforce fields that describe the record's life in Salesforce, not the customer: audit
 * stamps, recycle-bin flags, caches of other records, Data.com and geocoding internals. They are
 * not migrated (the Salesforce Id is, as the key).
 */
export const SYSTEM_FIELDS = new Set([
	'IsDeleted',
	'MasterRecordId',
	'CreatedById',
	'LastModifiedById',
	'LastModifiedDate',
	'SystemModstamp',
	'LastActivityDate',
	'LastViewedDate',
	'LastReferencedDate',
	'LastCURequestDate',
	'LastCUUpdateDate',
	'Jigsaw',
	'JigsawContactId',
	'JigsawCompanyId',
	'CleanStatus',
	'PhotoUrl',
	'RecordTypeId',
	'IsUnreadByOwner',
	'IndividualId',
	'DandbCompanyId',
	'OperatingHoursId',
	'ConnectionReceivedId',
	'ConnectionSentId',
	'LastStageChangeDate',
	'LastAmountChangedHistoryId',
	'LastCloseDateChangedHistoryId',
	'HasOpenActivity',
	'HasOverdueTask',
	'HasOpportunityLineItem',
	'FiscalQuarter',
	'FiscalYear',
	'Fiscal',
	'ForecastCategory',
	'IsEmailBounced',
	'EmailBouncedReason',
	'EmailBouncedDate',
	'IsConverted',
	'ConvertedDate',
	'ConvertedAccountId',
	'ConvertedContactId',
	'ConvertedOpportunityId',
	'ChannelProgramName',
	'ChannelProgramLevelName',
]);

/** Geocoding parts of compound addresses (BillingLatitude, MailingGeocodeAccuracy …). */
export function isGeocodePart(name: string): boolean {
	return /(Latitude|Longitude|GeocodeAccuracy)$/.test(name);
}
