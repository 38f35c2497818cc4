import { Inject, Injectable, type INestApplication, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { ExpressAdapter } from '@nestjs/platform-express';
import { SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { bodyErrorProblem } from '../errors/body-errors';
import { buildOpenApiDocument } from './openapi-document';

/**
 * Express-level setup the service kit has no hook for (a service gets no INestApplication):
 * SwaggerModule at /docs and /docs-json, and JSON errors for bodies that fail before Nest
 * routes them (malformed JSON, body over the host's parser limit). Runs in onModuleInit,
 * i.e. during app.init(): after the routes, before Nest's not-found and error handlers.
 */
@Injectable()
export class HttpSetup implements OnModuleInit {
  constructor(@Inject(HttpAdapterHost) private readonly adapterHost: HttpAdapterHost<ExpressAdapter>) {}

  onModuleInit(): void {
    const adapter = this.adapterHost.httpAdapter as ExpressAdapter | undefined;
    // Hosts without HTTP (a consumer-only process) have no adapter.
    if (!adapter) return;
    adapter.use((error: unknown, request: Request, response: Response, next: NextFunction) => {
      const problem = bodyErrorProblem(error, request.path);
      if (!problem || response.headersSent) {
        next(error);
        return;
      }
      response.status(problem.status).json(problem.body);
    });
    // SwaggerModule.setup reads only these members of the application.
    const app = {
      getHttpAdapter: () => adapter,
      useStaticAssets: (path: string, options: { prefix?: string }) => adapter.useStaticAssets(path, options),
    } as unknown as INestApplication;
    SwaggerModule.setup('docs', app, buildOpenApiDocument() as unknown as OpenAPIObject);
  }
}
