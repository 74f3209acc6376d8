import { ORPCError, ValidationError } from '@orpc/server';
import { formatMessage, isMessageCode } from '#domain/messages';
import { RuleError, type RuleKind } from '#server/kernel';
import type { FieldError } from '#server/contract/types';
import { NewerRegisterError } from '#db';
import { storageError } from '#server/kernel/storage-errors';

interface Issue {
  path?: readonly (PropertyKey | { key: PropertyKey })[];
  message: string;
  params?: Record<string, string | number>;
}

/** Zod issues carry message codes; anything else (a bad type sent by a script) gets a generic one. */
function issueToField(issue: Issue): FieldError {
  const field = (issue.path ?? []).map((p) => String(typeof p === 'object' ? p.key : p)).join('.');
  const code = isMessageCode(issue.message) ? issue.message : 'field.invalid';
  const params = isMessageCode(issue.message) ? issue.params : undefined;
  return { field, code, message: formatMessage(code, params), ...(params ? { params } : {}) };
}

// Must match the statuses declared in the contract, or oRPC marks the error as undeclared
// (`defined: false`) and the HTTP host answers a clerk's typo with a 500.
const RULE_STATUS: Record<RuleKind, number> = { INVALID_INPUT: 400, CONFLICT: 409, NOT_FOUND: 404, STORAGE: 507 };

/**
 * Turns every failure into a structured, Chinese-language error: field errors for bad input and
 * refused rules, never a stack trace. A full, read-only or failing disk (SQLite or file) is
 * named with its folder (the data folder of `dataFile` when no other is known). Unknown errors
 * are logged here and reported generically.
 */
export function toApiError(error: unknown, dataFile?: string): unknown {
  const disk = dataFile ? storageError(error, { dataFile }) : null;
  if (disk) console.error('[server] disk fault', error);
  if (disk) error = disk;
  if (error instanceof RuleError) {
    const fields: FieldError[] = error.issues.map((i) => ({
      field: i.field,
      code: i.code,
      message: formatMessage(i.code, i.params),
      ...(i.params ? { params: i.params } : {}),
    }));
    return new ORPCError(error.kind, {
      status: RULE_STATUS[error.kind],
      message: fields.map((f) => f.message).join('；'),
      data: { fields },
    });
  }
  if (error instanceof ORPCError && error.code === 'BAD_REQUEST' && error.cause instanceof ValidationError) {
    const fields = error.cause.issues.map((i) => issueToField(i as Issue));
    return new ORPCError('INVALID_INPUT', {
      status: RULE_STATUS.INVALID_INPUT,
      message: fields.map((f) => f.message).join('；'),
      data: { fields },
    });
  }
  if (error instanceof NewerRegisterError) {
    return new ORPCError('REGISTER_NEWER', { status: 409, message: error.message });
  }
  if (error instanceof ORPCError) return error;
  console.error('[server] unexpected error', error);
  return new ORPCError('INTERNAL_SERVER_ERROR', { message: formatMessage('server.internal') });
}

export const handlerOptions = {
  clientInterceptors: [
    async <T>({ next, context }: { next: () => Promise<T>; context: { dataFile?: string } }): Promise<T> => {
      try {
        return await next();
      } catch (error) {
        throw toApiError(error, context.dataFile);
      }
    },
  ],
};

/**
 * The HTTP handler's own refusals, before any procedure runs (a body that is JSON but not an RPC
 * request, a malformed meta list, a GET): oRPC answers them in English, so they are given the
 * host's Chinese message. Used by the hosts' RPCHandler, not by in-process clients.
 */
export const rpcHandlerOptions = {
  ...handlerOptions,
  rootInterceptors: [
    async <R>({ next }: { next: () => Promise<R> }): Promise<R> => {
      const result = await next();
      const body = (result as { response?: { body?: unknown } }).response?.body as
        { json?: { defined?: boolean; code?: string; message?: string } } | undefined;
      const json = body?.json;
      if (json && json.defined === false && (json.code === 'BAD_REQUEST' || json.code === 'METHOD_NOT_SUPPORTED'))
        json.message = formatMessage('host.badBody');
      return result;
    },
  ],
};

/**
 * Errors thrown while an event stream is running never pass the client interceptors that map
 * the other procedures' errors, so streams map their own.
 */
export async function* mapped<T>(events: AsyncGenerator<T>, context?: { dataFile?: string }): AsyncGenerator<T> {
  try {
    yield* events;
  } catch (error) {
    throw toApiError(error, context?.dataFile);
  }
}
