import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";

/** A file written line by line that waits when the disk falls behind. */
export class FileSink {
  readonly #stream: WriteStream;

  constructor(readonly path: string) {
    this.#stream = createWriteStream(path, { encoding: "utf8" });
  }

  async write(text: string): Promise<void> {
    if (!this.#stream.write(text)) await once(this.#stream, "drain");
  }

  async close(): Promise<void> {
    this.#stream.end();
    await once(this.#stream, "finish");
  }
}
