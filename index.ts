/**
 * The package as a library: the field-mapping engine the CRM Field Mapper node uses, to compute
 * and check mappings outside n8n. The nodes and credentials are what n8n loads (package.json "n8n").
 */
export * from './nodes/shared/mapping';
