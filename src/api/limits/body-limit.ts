import type { Plugin } from "graphql-yoga";

function tooLarge(fetchAPI: { Response: typeof Response }, maxBytes: number): Response {
  const body = {
    errors: [
      { message: `The request body exceeds ${maxBytes} bytes.`, extensions: { code: "PAYLOAD_TOO_LARGE" } },
    ],
  };
  return new fetchAPI.Response(JSON.stringify(body), { status: 413, headers: { "content-type": "application/json" } });
}

/** Reads a stream up to `maxBytes`; null as soon as it goes past. */
async function readBounded(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Buffer | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}

/**
 * Refuses request bodies over `maxBytes` with 413 before anything parses them. A
 * declared Content-Length is checked first; a chunked body is counted as it arrives.
 */
export function useBodyLimit(maxBytes: number): Plugin {
  return {
    async onRequest({ request, setRequest, endResponse, fetchAPI }) {
      if (request.body === null) return;
      const declared = Number(request.headers.get("content-length") ?? Number.NaN);
      if (Number.isFinite(declared) && declared > maxBytes) {
        endResponse(tooLarge(fetchAPI, maxBytes));
        return;
      }
      const body = await readBounded(request.body, maxBytes);
      if (body === null) {
        endResponse(tooLarge(fetchAPI, maxBytes));
        return;
      }
      setRequest(new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, body: new Uint8Array(body) }));
    },
  };
}
