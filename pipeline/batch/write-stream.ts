import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Writes and waits for `drain` when the stream's buffer is full (backpressure); rejects on a stream error. */
export function writeWithBackpressure(stream: Writable, data: string | Uint8Array): Promise<void> {
  if (data.length === 0) return Promise.resolve();
  if (stream.destroyed || stream.writableEnded) return Promise.reject(new Error('the output stream is closed'));
  return new Promise((resolve, reject) => {
    if (stream.write(data)) {
      resolve();
      return;
    }
    const onDrain = (): void => {
      stream.off('error', onError);
      resolve();
    };
    const onError = (err: Error): void => {
      stream.off('drain', onDrain);
      reject(err);
    };
    stream.once('drain', onDrain);
    stream.once('error', onError);
  });
}

/** Ends a stream and waits until everything is flushed. */
export async function endStream(stream: Writable): Promise<void> {
  if (stream.writableFinished) return;
  const finished = once(stream, 'finish');
  stream.end();
  await finished;
}
