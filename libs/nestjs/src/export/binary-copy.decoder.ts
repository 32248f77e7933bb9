import { MalformedCopyStreamError } from './malformed-copy-stream.error';

/** `PGCOPY\n\377\r\n\0`, then 32-bit flags and the length of the header extension. */
const SIGNATURE = Buffer.from('5047434f50590aff0d0a00', 'hex');
const FIXED_SIZE = { header: SIGNATURE.length + 8, count: 2, length: 4 } as const;

/**
 * Rows decoded from a binary COPY stream, as one chunk: the rows' bytes back to back.
 *
 * @example
 * for (const { bytes, rows } of decoder.decode(chunk)) { sent += rows; await writer.write(bytes); }
 */
export interface CopyBatch {
  bytes: Buffer;
  rows: number;
}

/**
 * Decodes `COPY (SELECT <one text column>) TO STDOUT WITH (FORMAT binary)` — the text's own bytes per row,
 * without any escaping (unlike the text and CSV formats), so any line PostgreSQL renders arrives unchanged — into
 * batches of `batchSize` rows, each the rows' bytes concatenated. Chunks may split the stream anywhere.
 * `decode` returns the batches a chunk completes; `end` the last, shorter one, and checks the trailer was seen.
 *
 * The bytes are compacted in place (the framing removed by moving each row's bytes left within its chunk), so
 * a batch within one chunk is a view of it and only a batch spanning chunks is copied: the decoder owns the
 * chunks it is given. It holds at most one batch of rows. Throws `MalformedCopyStreamError` on a NULL, a row of
 * several columns, OIDs, data after the trailer or a truncated stream.
 *
 * @example
 * const decoder = new BinaryCopyDecoder(1000);
 * for await (const chunk of copyStream) for (const batch of decoder.decode(chunk)) await writer.write(batch.bytes);
 * const last = decoder.end(); if (last) await writer.write(last.bytes);
 */
export class BinaryCopyDecoder {
  private stage: keyof typeof FIXED_SIZE | 'done' = 'header';
  /** A fixed-size part split between two chunks. */
  private readonly held = Buffer.alloc(FIXED_SIZE.header);
  private heldSize = 0;
  /** Bytes still to come of the current row (`copying`) or of the header extension (skipped). */
  private left = 0;
  private copying = false;
  /** Earlier chunks' parts of the batch being filled, and its rows. */
  private parts: Buffer[] = [];
  private rows = 0;

  constructor(private readonly batchSize: number) {
    if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a positive integer, not ${batchSize}`);
  }

  decode(chunk: Buffer): CopyBatch[] {
    const batches: CopyBatch[] = [];
    let read = 0;
    let written = 0; // chunk[start, written) holds the current batch's rows decoded from this chunk
    let start = 0;
    while (read < chunk.length) {
      if (this.left > 0 || (this.copying && this.stage === 'count')) {
        const n = Math.min(this.left, chunk.length - read);
        if (this.copying && written !== read) chunk.copyWithin(written, read, read + n);
        if (this.copying) written += n;
        read += n;
        this.left -= n;
        if (this.left > 0) break;
        if (this.copying && ++this.rows === this.batchSize) {
          batches.push(this.take(chunk.subarray(start, written)));
          start = written;
        }
        this.copying = false;
        continue;
      }
      if (this.stage === 'done') throw new MalformedCopyStreamError('data after the trailer');
      const size = FIXED_SIZE[this.stage];
      if (this.heldSize === 0 && chunk.length - read >= size) {
        this.advance(chunk, read);
        read += size;
        continue;
      }
      const n = Math.min(size - this.heldSize, chunk.length - read);
      chunk.copy(this.held, this.heldSize, read, read + n);
      this.heldSize += n;
      read += n;
      if (this.heldSize < size) break;
      this.heldSize = 0;
      this.advance(this.held, 0);
    }
    if (written > start) this.parts.push(chunk.subarray(start, written));
    return batches;
  }

  /** The last batch (`undefined` when empty); throws when the stream ended before its trailer. */
  end(): CopyBatch | undefined {
    if (this.stage !== 'done') throw new MalformedCopyStreamError('the stream ended before its trailer');
    return this.rows > 0 ? this.take(Buffer.alloc(0)) : undefined;
  }

  /** Reads the fixed-size part of the current stage at `bytes[at]` and moves to the next stage. */
  private advance(bytes: Buffer, at: number): void {
    if (this.stage === 'header') {
      if (!bytes.subarray(at, at + SIGNATURE.length).equals(SIGNATURE)) throw new MalformedCopyStreamError('no binary COPY signature');
      if ((bytes.readUInt32BE(at + SIGNATURE.length) & 0x10000) !== 0) throw new MalformedCopyStreamError('rows carry OIDs');
      this.left = bytes.readUInt32BE(at + SIGNATURE.length + 4);
      this.stage = 'count';
    } else if (this.stage === 'count') {
      const columns = bytes.readInt16BE(at);
      if (columns === -1) this.stage = 'done';
      else if (columns !== 1) throw new MalformedCopyStreamError(`a row of ${columns} columns, not 1`);
      else this.stage = 'length';
    } else {
      const length = bytes.readInt32BE(at);
      if (length < 0) throw new MalformedCopyStreamError('a NULL row');
      this.left = length;
      this.copying = true;
      this.stage = 'count';
    }
  }

  /** The batch made of the held parts and `last`; starts the next one. */
  private take(last: Buffer): CopyBatch {
    const bytes = this.parts.length === 0 ? last : Buffer.concat([...this.parts, last]);
    const batch = { bytes, rows: this.rows };
    this.parts = [];
    this.rows = 0;
    return batch;
  }
}
