/** What the reader needs of node:stream; typed here because page code has no Node types. */
interface NodeStreamModule {
  Readable: { fromWeb(stream: ReadableStream<Uint8Array>): object };
}

// Named in a variable, as in tus-loader.ts, so that bundlers of page code leave it alone.
const NODE_STREAM = 'node:stream';

/**
 * Reads a Blob (a File, or `fs.openAsBlob(path)` in Node) chunk by chunk for
 * tus-js-client's Node build, which reads Buffers and streams only. Each
 * chunk goes out as a stream of the Blob's slice: nothing is copied up front,
 * and node:http writes it in large pieces (about a fifth faster on loopback
 * than the small writes tus makes of a Buffer).
 */
export const blobFileReader = {
  async openFile(input: unknown) {
    if (!(input instanceof Blob)) throw new TypeError('uploads.create needs a Blob or a File.');
    const blob = input;
    const { Readable } = (await import(/* @vite-ignore */ NODE_STREAM)) as NodeStreamModule;
    return {
      size: blob.size,
      async slice(start: number, end: number) {
        const part = blob.slice(start, end);
        // tus reads a chunk's length from `size` (and sends it as Content-Length).
        const value = Object.assign(Readable.fromWeb(part.stream()), { size: part.size });
        return { value, done: end >= blob.size };
      },
      close() {},
    };
  },
};
