import { Body, Controller, HttpCode, Param, Post, Req, UseFilters, UseGuards } from '@nestjs/common';
import { SubmitCsatHandler, type SubmittedCsat } from '../../application/csat/submit-csat.handler';
import { Access, GatewayAuthGuard, type GatewayRequest } from './auth/gateway-auth.guard';
import { GatewayExceptionFilter } from './errors/gateway-exception.filter';
import { csatBody, uuidSchema } from './schemas/request-schemas';
import { parseInput } from './validation/parse-input';

/** The post-chat survey (SPEC AD-04, AD-05): the conversation's owner rates the resolved ticket. */
@Controller('v1/conversations')
@UseFilters(GatewayExceptionFilter)
@UseGuards(GatewayAuthGuard)
export class CsatController {
  constructor(private readonly csat: SubmitCsatHandler) {}

  @Post(':id/csat')
  @HttpCode(201)
  @Access({ roles: ['customer', 'admin'] })
  submit(@Req() request: GatewayRequest, @Param('id') id: string, @Body() body: unknown): Promise<SubmittedCsat> {
    const conversationId = parseInput(uuidSchema, id, 'path.id');
    return this.csat.submit(request.principal!, conversationId, parseInput(csatBody, body ?? {}, 'body'));
  }
}
