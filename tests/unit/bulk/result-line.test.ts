import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseResultLine, resultFileName, type ResultKey } from "../../../src/bulk/result-line.ts";
import { extractDocument } from "../../../src/pipeline/index.ts";

const FIXTURE = fileURLToPath(new URL("../../../fixtures/reports/excerpts/wanzhou_2023H1_excerpt.txt", import.meta.url));

async function validLine(): Promise<Record<string, unknown>> {
  const text = await readFile(FIXTURE, "utf8");
  const [report] = extractDocument({ source: "wanzhou.txt", format: "txt", encoding: "utf-8", text });
  return { extractor: "0.1.0+test", report, text: text.slice(report!.start, report!.end) };
}

describe("result lines", () => {
  it("accepts a line as extract --out writes it", async () => {
    const parsed = parseResultLine(JSON.stringify(await validLine()));
    expect(parsed.ok).toBe(true);
  });

  it.each([
    ["not JSON", () => "{", /not JSON/u],
    ["a missing report field", async () => JSON.stringify({ ...(await validLine()), report: { id: "x" } }), /report\./u],
    ["an unknown field", async () => JSON.stringify({ ...(await validLine()), extra: 1 }), /extra|Unrecognized/u],
    ["a text that does not fit the report's span", async () => JSON.stringify({ ...(await validLine()), text: "短" }), /text length/u],
  ])("rejects %s, saying what is wrong", async (_, line, message) => {
    const parsed = parseResultLine(await line());
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? "" : parsed.message).toMatch(message);
  });
});

describe("result file names", () => {
  const key: ResultKey = { extractor: "1+a", source: "r/a.txt", bytes: Buffer.from("报告"), sidecar: null, overrides: {} };

  it("are the same for the same inputs on any machine", () => {
    expect(resultFileName(key)).toBe(resultFileName({ ...key, bytes: Buffer.from("报告") }));
    expect(resultFileName(key)).toMatch(/^[0-9a-f]{40}\.jsonl$/u);
  });

  it.each([
    ["the bytes", { bytes: Buffer.from("报告。") }],
    ["the extractor version", { extractor: "1+b" }],
    ["the source name", { source: "r/b.txt" }],
    ["a sidecar", { sidecar: Buffer.from("{}") }],
    ["a metadata flag", { overrides: { year: 2024 } }],
  ])("change with %s", (_, change) => {
    expect(resultFileName({ ...key, ...change })).not.toBe(resultFileName(key));
  });
});
