import { LawfulError } from '@lawful/annotations';

/**
 * A binary COPY stream that does not hold what the export asked for (one non-null text column per row, ended by
 * the trailer): a truncated stream, data after the trailer, a NULL or a row of several columns. An internal fault,
 * never the caller's; raised after streaming started, so the export is aborted (500 before the first byte).
 *
 * @example
 * throw new MalformedCopyStreamError('the stream ended before its trailer');
 */
export class MalformedCopyStreamError extends LawfulError {
  constructor(problem: string) {
    super('MALFORMED_COPY_STREAM', `Workspace export: malformed binary COPY stream: ${problem}`, { problem });
  }
}
