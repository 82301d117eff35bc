/** How the build cache knows a file's content: a hash of its bytes, made where the file is read. */
import { createHash } from 'node:crypto';

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('base64url');
}
