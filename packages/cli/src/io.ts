import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

export interface Io {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

/**
 * Maps standard input to standard output one line at a time, so the line count out always
 * equals the line count in and a pipe sees each answer as soon as it is ready.
 */
export async function mapLines(io: Io, transform: (line: string) => string): Promise<void> {
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let buffer = '';
  for await (const line of lines) {
    buffer += transform(line) + '\n';
    if (buffer.length > 1 << 16) {
      await write(io.stdout, buffer);
      buffer = '';
    }
  }
  if (buffer) await write(io.stdout, buffer);
}

export function write(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (stream.write(text)) resolve();
    else {
      stream.once('drain', resolve);
      stream.once('error', reject);
    }
  });
}
