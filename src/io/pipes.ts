import { constants, open as openCallback } from 'node:fs';
import { Socket } from 'node:net';
import type { Readable } from 'node:stream';
import { promisify } from 'node:util';

/**
 * Named pipes (FIFOs, and /dev/stdin or /dev/fd/N when they are pipes) are opened without
 * blocking and then watched by the event loop like a socket, never read or written by a
 * blocked thread: a pipe whose other end never comes would otherwise hold the process so that
 * not even Ctrl-C or SIGTERM could end it.
 */
const openFd = promisify(openCallback);

/** The bytes a writer sends into the pipe at `path`, waiting for one to come; null past `limit` bytes. */
export async function readPipe(path: string, limit: number): Promise<Buffer | null> {
  // Linux reports the end of a pipe only once a writer has come and gone, so this waits for one.
  const socket = new Socket({ fd: await openFd(path, constants.O_RDONLY | constants.O_NONBLOCK), readable: true, writable: false });
  try {
    return await readAll(socket, limit);
  } finally {
    socket.destroy();
  }
}

/** Everything a stream gives until it ends; null as soon as it passes `limit` bytes. */
export async function readAll(stream: AsyncIterable<Buffer>, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    total += chunk.length;
    if (total > limit) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * Writes `content` into the pipe at `path`. Opening fails at once with ENXIO when nobody reads
 * the pipe, instead of waiting for a reader that may never come.
 */
export async function writePipe(path: string, content: string | Readable): Promise<void> {
  const socket = new Socket({ fd: await openFd(path, constants.O_WRONLY | constants.O_NONBLOCK), readable: false, writable: true });
  try {
    // Done only when the socket closes without an error: a reader that stops early (EPIPE) is a failed write, not a success.
    await new Promise<void>((resolve, reject) => {
      socket.once('error', reject);
      socket.once('close', (hadError) => {
        if (!hadError) resolve();
      });
      if (typeof content === 'string') socket.end(content, 'utf8');
      else content.once('error', reject).pipe(socket);
    });
  } finally {
    socket.destroy();
  }
}
