import type { MessageCode } from '#domain/messages';

/**
 * A package or key file was refused. Carries a message code (never text) and the form field it
 * belongs to; the service turns it into the API's field error and logs the attempt.
 */
export class PackageRefusal extends Error {
  constructor(
    readonly code: MessageCode,
    readonly field: 'file' | 'password' = 'file',
    readonly params?: Record<string, string | number>,
  ) {
    super(code);
  }
}
