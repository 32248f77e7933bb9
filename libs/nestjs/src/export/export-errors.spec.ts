import type { ArgumentsHost } from '@nestjs/common';
import type { HttpAdapterHost } from '@nestjs/core';
import { LawfulExceptionFilter } from '../errors/lawful-exception.filter';
import type { ExportError } from './export.error';
import { MissingExportEntityError } from './missing-export-entity.error';
import { UnknownExportEntityError } from './unknown-export-entity.error';
import { UnsupportedExportFormatError } from './unsupported-export-format.error';

/** What LawfulExceptionFilter replies to `error` on an HTTP request. */
function reply(error: ExportError): { status: number; body: unknown } {
  const replies: { status: number; body: unknown }[] = [];
  const adapterHost = { httpAdapter: { reply: (_res: unknown, body: unknown, status: number) => replies.push({ status, body }) } } as unknown as HttpAdapterHost;
  const host = { getType: () => 'http', switchToHttp: () => ({ getResponse: () => ({}) }) } as unknown as ArgumentsHost;
  new LawfulExceptionFilter(adapterHost).catch(error, host);
  return replies[0];
}

describe('workspace export errors → 400 (LawfulExceptionFilter)', () => {
  it('an unsupported format answers 400 listing the formats', () => {
    expect(reply(new UnsupportedExportFormatError('xml'))).toEqual({
      status: 400,
      body: { statusCode: 400, error: 'Bad Request', message: 'Unsupported export format "xml": use format=csv or format=jsonl', allowedFormats: ['csv', 'jsonl'] },
    });
  });

  it('a CSV without an entity and an unknown entity answer 400 listing the exported entities', () => {
    expect(reply(new MissingExportEntityError(['Contact', 'Deal']))).toEqual({
      status: 400,
      body: { statusCode: 400, error: 'Bad Request', message: expect.stringContaining('entity= one of Contact, Deal'), allowedEntities: ['Contact', 'Deal'] },
    });
    expect(reply(new UnknownExportEntityError('Invoice', ['Contact']))).toEqual({
      status: 400,
      body: { statusCode: 400, error: 'Bad Request', message: '"Invoice" is not an exported entity: use entity= one of Contact', allowedEntities: ['Contact'] },
    });
  });
});
