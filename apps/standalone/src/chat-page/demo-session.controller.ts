import { Controller, Get, Header, Inject } from '@nestjs/common';
import { DemoSessions, type DemoSession } from './demo-sessions';

/** Standalone only: the anonymous chat page's way to get a customer token of the demo tenant. */
@Controller('demo')
export class DemoSessionController {
  constructor(@Inject(DemoSessions) private readonly sessions: DemoSessions) {}

  @Get('session')
  @Header('Cache-Control', 'no-store')
  session(): Promise<DemoSession> {
    return this.sessions.issue();
  }
}
