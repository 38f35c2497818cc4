import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Req, UploadedFile, UseFilters, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { DeleteDocumentHandler, type DeletionAccepted } from '../../application/documents/delete-document.handler';
import { ReadDocumentsHandler, type DocumentDetailView, type DocumentView } from '../../application/documents/read-documents.handler';
import { GatewayErrorCode, gatewayError } from '../../application/gateway-errors';
import { UploadDocumentHandler, type AcceptedDocument, type DocumentUploadInput } from '../../application/documents/upload-document.handler';
import { Access, GatewayAuthGuard, type GatewayRequest } from './auth/gateway-auth.guard';
import { GatewayExceptionFilter } from './errors/gateway-exception.filter';
import { listDocumentsQuery } from './schemas/documents-query';
import { jsonDocumentBody, multipartDocumentFields, uuidSchema } from './schemas/request-schemas';
import { parseInput } from './validation/parse-input';

/** The part of multer's file object this controller reads (memory storage). */
interface UploadedDocumentFile {
  readonly buffer: Buffer;
  readonly mimetype: string;
  readonly originalname: string;
}

/**
 * The knowledge base's documents: uploads (multipart `file`, or JSON with the text inline) go
 * to ingestion as `RegisterDocument`, deletions as `DeleteDocument`; the status and each
 * version's history follow ingestion's events. A multipart file's bytes (PDF, DOCX) reach the
 * blob store exactly as sent: multer keeps them in a Buffer, nothing decodes them.
 */
@Controller('v1/documents')
@UseFilters(GatewayExceptionFilter)
@UseGuards(GatewayAuthGuard)
export class DocumentsController {
  constructor(
    private readonly uploads: UploadDocumentHandler,
    private readonly documents: ReadDocumentsHandler,
    private readonly deletions: DeleteDocumentHandler,
  ) {}

  @Post()
  @HttpCode(202)
  @Access({ roles: ['admin'] })
  // The size limit comes from MulterModule.register in the service module (GATEWAY_MAX_DOCUMENT_BYTES).
  @UseInterceptors(FileInterceptor('file'))
  upload(@Req() request: GatewayRequest, @UploadedFile() file: UploadedDocumentFile | undefined, @Body() body: unknown): Promise<AcceptedDocument> {
    return this.uploads.upload(request.principal!, file ? this.fromMultipart(file, body) : this.fromJson(request, body));
  }

  @Get()
  @Access({ roles: ['admin', 'agent'] })
  list(@Req() request: GatewayRequest, @Query() query: unknown): Promise<{ documents: DocumentView[] }> {
    return this.documents.list(request.principal!, parseInput(listDocumentsQuery, query, 'query'));
  }

  @Get(':id')
  @Access({ roles: ['admin', 'agent'] })
  get(@Req() request: GatewayRequest, @Param('id') id: string): Promise<DocumentDetailView> {
    return this.documents.get(request.principal!, parseInput(uuidSchema, id, 'path.id'));
  }

  /** 202: ingestion removes the chunks and answers `DocumentDeleted`, which makes the status `deleted`. */
  @Delete(':id')
  @HttpCode(202)
  @Access({ roles: ['admin'] })
  delete(@Req() request: GatewayRequest, @Param('id') id: string): Promise<DeletionAccepted> {
    return this.deletions.delete(request.principal!, parseInput(uuidSchema, id, 'path.id'));
  }

  private fromMultipart(file: UploadedDocumentFile, body: unknown): DocumentUploadInput {
    const fields = parseInput(multipartDocumentFields, body ?? {}, 'body');
    return {
      bytes: file.buffer,
      declaredMediaType: fields.mediaType ?? file.mimetype,
      filename: file.originalname,
      aclTags: fields.aclTags,
      ...(fields.title ? { title: fields.title } : {}),
      ...(fields.language ? { language: fields.language } : {}),
      ...(fields.documentId ? { documentId: fields.documentId } : {}),
    };
  }

  private fromJson(request: GatewayRequest, body: unknown): DocumentUploadInput {
    if (request.is('multipart/form-data')) throw gatewayError(GatewayErrorCode.INVALID_REQUEST, 'body.file: a multipart upload needs the document in a part named "file"');
    const fields = parseInput(jsonDocumentBody, body, 'body');
    return {
      bytes: Buffer.from(fields.content, 'utf8'),
      declaredMediaType: fields.mediaType,
      title: fields.title,
      aclTags: fields.aclTags,
      ...(fields.language ? { language: fields.language } : {}),
      ...(fields.documentId ? { documentId: fields.documentId } : {}),
    };
  }
}
