import { Module, type DynamicModule } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { Metrics } from '../metrics/metrics';
import { HealthController } from './health.controller';
import { HttpMetricsInterceptor } from './http-metrics.interceptor';
import { MetricsController } from './metrics.controller';
import { ReadinessRegistry } from './readiness-registry';

/** `/health/live`, `/health/ready` and `/metrics`, once per process whatever it hosts. */
@Module({})
export class ObservabilityModule {
  static forRoot(metrics: Metrics, readiness: ReadinessRegistry): DynamicModule {
    return {
      module: ObservabilityModule,
      global: true,
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: Metrics, useValue: metrics },
        { provide: ReadinessRegistry, useValue: readiness },
        { provide: APP_INTERCEPTOR, useFactory: () => new HttpMetricsInterceptor(metrics) },
      ],
      exports: [Metrics, ReadinessRegistry],
    };
  }
}
