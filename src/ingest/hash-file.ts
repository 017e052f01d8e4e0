import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** The file's SHA-256, streamed: the same content twice is recognised whatever its name. */
export async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
