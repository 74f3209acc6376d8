/**
 * The kernel: what every service, loader and exchange step stands on. It imports db/ and
 * domain/ only; nothing in server/ sits below it.
 */
export { type ServiceContext, sqliteOf } from './context';
export { inTransaction, type ReadHandle, type Tx } from './transaction';
export { conflict, invalid, notFound, RuleError, type RuleIssue, type RuleKind } from './rules';
export { nowIso } from './clock';
export { writeAudit } from './audit';
