export { applyMapping, type ApplyContext, type ApplyError, type ApplyResult } from './apply';
export { suggestMapping } from './suggest';
export type * from './types';
export { acceptModelAdvice, modelPrompt, parseModelAnswer, unsureRows } from './modelAdvice';
