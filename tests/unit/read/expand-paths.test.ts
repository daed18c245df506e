import { mkdir, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expandPaths } from "../../../src/read/index.ts";
import { useTempDir } from "./temp-dir.ts";

describe("expandPaths", () => {
  const dir = useTempDir();

  async function tree(): Promise<string> {
    const root = join(dir(), "reports");
    await mkdir(join(root, "2023", "h1"), { recursive: true });
    await mkdir(join(root, ".git"), { recursive: true });
    const files = [
      "b.txt",
      "a.docx",
      "a.meta.json",
      ".hidden.txt",
      ".git/config",
      "2023/z.pdf",
      "2023/h1/report.html",
      "2023/h1/report.meta.json",
      "MANIFEST.csv",
      "README.md",
    ];
    for (const file of files) await writeFile(join(root, file), "x");
    return root;
  }

  it("walks directories recursively in sorted order without hidden files, sidecars, manifests or notes", async () => {
    const root = await tree();
    expect(await expandPaths([root])).toEqual([
      join(root, "2023", "h1", "report.html"),
      join(root, "2023", "z.pdf"),
      join(root, "a.docx"),
      join(root, "b.txt"),
    ]);
  });

  it("keeps files, stdin and missing paths as given, in order, once each", async () => {
    const root = join(dir(), "reports");
    const missing = join(dir(), "does-not-exist.txt");
    const file = join(root, "b.txt");
    expect(await expandPaths(["-", missing, file, root])).toEqual([
      "-",
      missing,
      file,
      join(root, "2023", "h1", "report.html"),
      join(root, "2023", "z.pdf"),
      join(root, "a.docx"),
    ]);
  });

  it("follows a symlinked directory once even when it loops", async () => {
    const root = join(dir(), "loop");
    await mkdir(root);
    await writeFile(join(root, "r.txt"), "x");
    await symlink(root, join(root, "again"));
    expect(await expandPaths([root])).toEqual([join(root, "r.txt")]);
  });
});
