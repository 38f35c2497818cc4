import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { finalize, type Observable } from 'rxjs';
import { LATENCY_BUCKETS_SECONDS, type Metrics } from '../metrics/metrics';

/** Counts and times every HTTP request by route pattern (never by raw path: ids would explode cardinality). */
@Injectable()
export class HttpMetricsInterceptor implements NestInterceptor {
  constructor(private readonly metrics: Metrics) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const started = process.hrtime.bigint();
    return next.handle().pipe(
      finalize(() => {
        const route = (request.route as { path?: string } | undefined)?.path ?? 'unmatched';
        const status = String(http.getResponse<Response>().statusCode);
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        const labels = { method: request.method, route, status };
        this.metrics.counter('sagewire_http_requests_total', 'HTTP requests handled', ['method', 'route', 'status']).inc(labels);
        this.metrics.histogram('sagewire_http_request_duration_seconds', 'HTTP request latency', ['method', 'route', 'status'], LATENCY_BUCKETS_SECONDS).observe(labels, seconds);
      }),
    );
  }
}
