/**
 * One blob on disk is one record file: magic, header length, JSON header (key, size, content type, etag,
 * last modified), then the body. Keeping the metadata inside the same file means a single rename publishes
 * body and metadata together; a body file plus a sidecar would need two renames, and a crash between them
 * would pair new bytes with an old etag.
 */
import { randomBytes } from 'crypto';
import { promises as fs } from 'fs';
import type { FileHandle } from 'fs/promises';
import { dirname, join } from 'path';
import type { Readable } from 'stream';
import type { BlobInfo } from '../blob-store.port';

const MAGIC = Buffer.from('G3NBLOB1', 'ascii');
const PREFIX_BYTES = MAGIC.length + 4;

export interface OpenedRecord {
  info: BlobInfo;
  handle: FileHandle;
  bodyOffset: number;
}

/** Writes beside the target, fsyncs, renames over it, then fsyncs the directory so the rename survives a crash. */
export async function writeRecordAtomically(path: string, info: BlobInfo, body: Buffer): Promise<void> {
  const directory = dirname(path);
  await fs.mkdir(directory, { recursive: true });
  const header = Buffer.from(JSON.stringify(info), 'utf8');
  const prefix = Buffer.alloc(PREFIX_BYTES);
  MAGIC.copy(prefix, 0);
  prefix.writeUInt32BE(header.length, MAGIC.length);

  // Dot-prefixed, random-suffixed: never mistaken for a record, never shared by two concurrent writers.
  const temporary = join(directory, `.${randomBytes(8).toString('hex')}.tmp`);
  const handle = await fs.open(temporary, 'wx');
  try {
    let position = 0;
    for (const part of [prefix, header, body]) position = await writeAll(handle, part, position);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await fs.rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await fs.rename(temporary, path);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
  await syncDirectory(directory);
}

/** Opens a record and reads its header; null when there is none. The caller owns (and must close) the handle. */
export async function openRecord(path: string): Promise<OpenedRecord | null> {
  let handle: FileHandle;
  try {
    handle = await fs.open(path, 'r');
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
  try {
    const prefix = await readExactly(handle, PREFIX_BYTES, 0);
    if (!prefix.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error(`not a blob record: ${path}`);
    const headerLength = prefix.readUInt32BE(MAGIC.length);
    const info = JSON.parse((await readExactly(handle, headerLength, PREFIX_BYTES)).toString('utf8')) as BlobInfo;
    const bodyOffset = PREFIX_BYTES + headerLength;
    const { size } = await handle.stat();
    if (size !== bodyOffset + info.size) throw new Error(`blob record has ${size - bodyOffset} body bytes, header says ${info.size}: ${path}`);
    return { info, handle, bodyOffset };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

export async function readRecordBody(record: OpenedRecord): Promise<Buffer> {
  return readExactly(record.handle, record.info.size, record.bodyOffset);
}

/** Streams the body from the already open handle, so a concurrent overwrite cannot swap bytes mid-read. */
export function streamRecordBody(record: OpenedRecord): Readable {
  return record.handle.createReadStream({ start: record.bodyOffset, autoClose: true });
}

/** Unlinks a record; a missing one is fine (delete is idempotent). */
export async function removeRecord(path: string): Promise<void> {
  try {
    await fs.unlink(path);
  } catch (error) {
    if (isMissing(error)) return;
    throw error;
  }
  await syncDirectory(dirname(path));
}

async function readExactly(handle: FileHandle, length: number, position: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled);
    if (bytesRead === 0) throw new Error('blob record is truncated');
    filled += bytesRead;
  }
  return buffer;
}

/** A single write may be short (very large buffers), so loop until every byte is down. */
async function writeAll(handle: FileHandle, buffer: Buffer, position: number): Promise<number> {
  let written = 0;
  while (written < buffer.length) {
    const { bytesWritten } = await handle.write(buffer, written, buffer.length - written, position + written);
    written += bytesWritten;
  }
  return position + written;
}

async function syncDirectory(directory: string): Promise<void> {
  const handle = await fs.open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
