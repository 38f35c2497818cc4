import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { throwError, type Observable } from 'rxjs';

/**
 * Nest's default RPC filter turns every error into `{ status: 'error', message: 'Internal
 * server error' }`, which would erase an AppError's code and `retriable` flag before the
 * delivery rules see them. This filter hands the original error back to the transport, which
 * decides: retry, or dead-letter with the error's code. HTTP errors (in a hybrid app whose
 * event consumers inherit the app's filters) keep Nest's usual responses.
 */
@Catch()
export class KeepErrorsForTransportFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): Observable<never> | void {
    if (host.getType() === 'rpc') return throwError(() => exception);
    super.catch(exception, host);
  }
}
