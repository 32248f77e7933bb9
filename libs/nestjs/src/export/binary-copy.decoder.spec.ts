import fc from 'fast-check';
import { BinaryCopyDecoder, type CopyBatch } from './binary-copy.decoder';
import { MalformedCopyStreamError } from './malformed-copy-stream.error';

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');

/** A binary COPY stream of one text column per row, as PostgreSQL writes it (optionally a header extension). */
function encode(rows: readonly Buffer[], extension = Buffer.alloc(0)): Buffer {
  const header = Buffer.alloc(8);
  header.writeUInt32BE(extension.length, 4);
  const tuples = rows.map((row) => {
    const prefix = Buffer.alloc(6);
    prefix.writeInt16BE(1, 0);
    prefix.writeInt32BE(row.length, 2);
    return Buffer.concat([prefix, row]);
  });
  return Buffer.concat([SIGNATURE, header, extension, ...tuples, Buffer.from([0xff, 0xff])]);
}

/** `bytes` cut at the given offsets (sorted, deduplicated), each piece a copy as a socket would deliver it. */
function split(bytes: Buffer, cuts: number[]): Buffer[] {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  return [0, ...at].map((from, i) => Buffer.from(bytes.subarray(from, [...at, bytes.length][i])));
}

function decodeAll(chunks: Buffer[], batchSize: number): CopyBatch[] {
  const decoder = new BinaryCopyDecoder(batchSize);
  const batches = chunks.flatMap((chunk) => decoder.decode(chunk));
  const last = decoder.end();
  return last === undefined ? batches : [...batches, last];
}

describe('BinaryCopyDecoder', () => {
  it('gives back every row byte for byte, in batches of batchSize rows, however the stream is split', () => {
    const row = fc.oneof(fc.uint8Array({ maxLength: 40 }), fc.string({ unit: fc.constantFrom('"', ',', '\r', '\n', '\\', '\t', 'a', 'é', '李', '\u0001') }).map((s) => new TextEncoder().encode(s)));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), fc.uint8Array({ maxLength: 5 }), fc.array(fc.nat(), { maxLength: 12 }), fc.integer({ min: 1, max: 8 }), (rows, extension, cuts, batchSize) => {
        const buffers = rows.map((r) => Buffer.from(r));
        const batches = decodeAll(split(encode(buffers, Buffer.from(extension)), cuts), batchSize);
        expect(Buffer.concat(batches.map((b) => b.bytes))).toEqual(Buffer.concat(buffers));
        expect(batches.map((b) => b.rows)).toEqual(
          Array.from({ length: Math.ceil(rows.length / batchSize) }, (_, i) => Math.min(batchSize, rows.length - i * batchSize)),
        );
        let at = 0;
        for (const batch of batches) {
          expect(batch.bytes).toEqual(Buffer.concat(buffers.slice(at, at + batch.rows)));
          at += batch.rows;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a stream split into one-byte chunks: empty rows count, nothing is lost', () => {
    const rows = ['a,b\r\n', '', '"x""y"\r\n', 'Zoë 李\n'].map((s) => Buffer.from(s));
    const batches = decodeAll(split(encode(rows), Array.from({ length: 200 }, (_, i) => i)), 2);
    expect(batches.map((b) => [b.bytes.toString(), b.rows])).toEqual([['a,b\r\n', 2], ['"x""y"\r\nZoë 李\n', 2]]);
  });

  it('refuses what the export never asks for: NULL, several columns, OIDs, a bad signature, data after the trailer, a truncated stream', () => {
    const stream = encode([Buffer.from('ok')]);
    const withNull = Buffer.from(stream);
    withNull.writeInt32BE(-1, 21);
    const twoColumns = Buffer.from(stream);
    twoColumns.writeInt16BE(2, 19);
    const withOids = Buffer.from(stream);
    withOids.writeUInt32BE(0x10000, 11);
    const cases: [string, Buffer[], RegExp][] = [
      ['NULL', [withNull], /a NULL row/],
      ['two columns', [twoColumns], /a row of 2 columns/],
      ['OIDs', [withOids], /OIDs/],
      ['signature', [Buffer.from('COPY text\n'.repeat(3))], /signature/],
      ['after the trailer', [stream, Buffer.from([0])], /after the trailer/],
      ['truncated', [stream.subarray(0, stream.length - 1)], /before its trailer/],
    ];
    for (const [label, chunks, message] of cases) {
      let error: unknown;
      try {
        decodeAll(chunks.map((c) => Buffer.from(c)), 10);
      } catch (e) {
        error = e;
      }
      expect([label, error instanceof MalformedCopyStreamError, (error as Error | undefined)?.message]).toEqual([label, true, expect.stringMatching(message)]);
    }
    expect(() => new BinaryCopyDecoder(0)).toThrow(RangeError);
  });
});
