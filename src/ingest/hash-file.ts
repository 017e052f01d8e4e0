import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/**
 * The file's SHA-256, streamed: the same content twice is recognised whatever its name. Read in
 * 1 MiB chunks: with the default 64 KiB, stream overhead adds half again to the hashing.
 */
export async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
