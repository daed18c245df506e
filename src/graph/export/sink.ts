import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import { createGzip, type Gzip } from "node:zlib";

/** A file written line by line that waits when the disk falls behind; a name ending in .gz is gzipped. */
export class FileSink {
  readonly #file: WriteStream;
  readonly #gzip: Gzip | undefined;

  constructor(readonly path: string) {
    this.#file = createWriteStream(path, { encoding: "utf8" });
    this.#gzip = path.endsWith(".gz") ? createGzip() : undefined;
    this.#gzip?.pipe(this.#file);
  }

  async write(text: string): Promise<void> {
    const target = this.#gzip ?? this.#file;
    if (!target.write(text)) await once(target, "drain");
  }

  async close(): Promise<void> {
    (this.#gzip ?? this.#file).end();
    await once(this.#file, "finish");
  }
}
