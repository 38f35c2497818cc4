import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';

/** Only these files are served: a request never names a path on disk. */
const ASSETS: Readonly<Record<string, string>> = {
  'index.html': 'text/html; charset=utf-8',
  'chat.css': 'text/css; charset=utf-8',
  'chat.js': 'text/javascript; charset=utf-8',
  'answer-view.js': 'text/javascript; charset=utf-8',
  'api.js': 'text/javascript; charset=utf-8',
  'i18n.js': 'text/javascript; charset=utf-8',
  'sse.js': 'text/javascript; charset=utf-8',
};

/** Scripts and styles come from this origin only; the page talks only to its own API. */
const CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The demo chat page: static files read once at start, no build step, nothing from a CDN. */
@Controller()
export class ChatPageController {
  private readonly files = new Map(Object.keys(ASSETS).map((name) => [name, readFileSync(path.join(__dirname, name))]));

  @Get()
  page(@Res() response: Response): void {
    this.send(response, 'index.html');
  }

  @Get('chat-page/:file')
  asset(@Param('file') file: string, @Res() response: Response): void {
    this.send(response, file);
  }

  private send(response: Response, name: string): void {
    const body = this.files.get(name);
    const type = ASSETS[name];
    if (!body || !type) throw new NotFoundException();
    response
      .status(200)
      .set({ 'Content-Type': type, 'Cache-Control': 'no-cache', 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' })
      .send(body);
  }
}
