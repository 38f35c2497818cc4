import { randomUUID } from 'node:crypto';
import { ServiceUnavailableException } from '@nestjs/common';
import { GatewayClient } from '../seed/gateway-client';

export interface DemoSession {
  readonly accessToken: string;
  readonly userId: string;
}

/**
 * Mints customer tokens for anonymous visitors of the demo page. It learns the gateway's URL
 * and the demo tenant's API key only after the app listens and the knowledge base is seeded,
 * so until then it answers 503 rather than a session that could not get an answer.
 */
export class DemoSessions {
  private ready: { readonly gateway: GatewayClient; readonly apiKey: string } | undefined;

  activate(baseUrl: string, apiKey: string): void {
    this.ready = { gateway: new GatewayClient(baseUrl), apiKey };
  }

  async issue(): Promise<DemoSession> {
    if (!this.ready) throw new ServiceUnavailableException('the demo knowledge base is still being prepared; try again in a few seconds');
    // A fresh user per visit: demo visitors never see each other's conversations.
    const userId = `demo-${randomUUID()}`;
    const { accessToken } = await this.ready.gateway.issueCustomerToken(this.ready.apiKey, userId);
    return { accessToken, userId };
  }
}
