import { Module, type DynamicModule } from '@nestjs/common';
import { ChatPageController } from './chat-page.controller';
import { DemoSessionController } from './demo-session.controller';
import { DemoSessions } from './demo-sessions';

/** The standalone's extra HTTP surface: the demo chat page and its anonymous sessions. */
@Module({})
export class ChatPageModule {
  static forRoot(sessions: DemoSessions): DynamicModule {
    return {
      module: ChatPageModule,
      controllers: [ChatPageController, DemoSessionController],
      providers: [{ provide: DemoSessions, useValue: sessions }],
    };
  }
}
