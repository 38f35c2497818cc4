import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { QueryHub } from './query-hub';

const SWEEP_INTERVAL_MS = 5_000;

/** Forgets buffered queries nobody watched, on a timer that never keeps the process alive. */
@Injectable()
export class QueryHubSweeper implements OnModuleInit, OnModuleDestroy {
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly hub: QueryHub) {}

  onModuleInit(): void {
    this.timer = setInterval(() => this.hub.sweep(), SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }
}
