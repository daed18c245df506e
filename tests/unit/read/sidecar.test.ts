import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { assert, describe, expect, it } from "vitest";
import { isReadError, readSidecar, sidecarPath } from "../../../src/read/index.ts";
import { fixture } from "./fixtures.ts";
import { useTempDir } from "./temp-dir.ts";

describe("readSidecar", () => {
  const dir = useTempDir();

  it("finds NAME.meta.json next to NAME.ext", () => {
    expect(sidecarPath("reports/wanzhou.2023.docx")).toBe(join("reports", "wanzhou.2023.meta.json"));
  });

  it("returns the overrides of a valid sidecar", async () => {
    expect(await readSidecar(fixture("odd/with-sidecar.txt"))).toEqual({ year: 2023, period: "H1", region: "万州区" });
  });

  it("returns no overrides when there is no sidecar, or for stdin", async () => {
    expect(await readSidecar(fixture("source.txt"))).toEqual({});
    expect(await readSidecar("-")).toEqual({});
  });

  it("names the sidecar and every schema issue when it is invalid", async () => {
    const result = await readSidecar(fixture("bad/invalid-sidecar.txt"));
    assert(isReadError(result), "expected an invalid_sidecar error");
    const sidecar = fixture("bad/invalid-sidecar.meta.json");
    expect(result.code).toBe("invalid_sidecar");
    expect(result.source).toBe(sidecar);
    expect(result.message.startsWith(`${sidecar}: does not match the report metadata schema:\n`)).toBe(true);
    expect(result.message).toMatch(/→ at year/);
    expect(result.message).toMatch(/→ at period/);
    expect(result.message).toMatch(/author/);
  });

  it("reports a sidecar that is not JSON", async () => {
    const source = join(dir(), "r.txt");
    await writeFile(join(dir(), "r.meta.json"), "{ year: 2023 ");
    const result = await readSidecar(source);
    assert(isReadError(result), "expected an invalid_sidecar error");
    expect(result.code).toBe("invalid_sidecar");
    expect(result.message).toMatch(/r\.meta\.json: is not valid JSON/);
  });
});
