import { Catch, type RpcExceptionFilter } from '@nestjs/common';
import { throwError, type Observable } from 'rxjs';

/**
 * Nest's default RPC filter turns every error into `{ status: 'error', message: 'Internal
 * server error' }`, which would erase an AppError's code and `retriable` flag before the
 * delivery rules see them. This filter hands the original error back to the transport, which
 * decides: retry, or dead-letter with the error's code.
 */
@Catch()
export class KeepErrorsForTransportFilter implements RpcExceptionFilter {
  catch(exception: unknown): Observable<never> {
    return throwError(() => exception);
  }
}
