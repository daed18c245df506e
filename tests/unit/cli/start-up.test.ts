import path from "node:path";
import { Command } from "commander";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { entryOptions } from "../../../scripts/build.mjs";
import { commands, commandsFor, type CommandName } from "../../../src/cli/commands/index.ts";

const ALL = Object.keys(commands);

describe("commandsFor", () => {
  it.each([
    [["extract", "a.txt", "--json"], ["extract"]],
    [["db", "stats"], ["db"]],
    [["serve"], ["serve"]],
    // help, no command, a misspelt one, or an option first: every command, so help lists
    // them all and commander suggests the nearest name
    [["--help"], ALL],
    [["help", "extract"], ALL],
    [[], ALL],
    [["extrct", "a.txt"], ALL],
    [["-h", "extract"], ALL],
    [["toString"], ALL],
  ])("%j loads %j", (args, expected) => {
    expect(commandsFor(args)).toEqual(expected);
  });
});

describe("commands", () => {
  it("each loader registers the one command it is named for", async () => {
    for (const name of Object.keys(commands) as CommandName[]) {
      const program = new Command();
      (await commands[name]())(program);
      expect(program.commands.map((command) => command.name())).toEqual([name]);
    }
  });
});

/** Packages that `node dist/cli.mjs <command>` imports before the command runs. */
async function packagesLoadedFor(command: string): Promise<Set<string>> {
  const root = path.resolve(import.meta.dirname, "../../..");
  const outRoot = path.join(root, "dist-test-unwritten");
  const result = await build({ ...entryOptions("cli", path.join(root, "src/cli/main.ts"), outRoot), absWorkingDir: root, write: false, logLevel: "silent" });
  const outputs = result.metafile.outputs;
  const entryOf = (source: string): string => Object.keys(outputs).find((file) => outputs[file]?.entryPoint === source)!;
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of outputs[file]?.imports ?? []) {
      if (imported.kind !== "import-statement") continue;
      if (imported.external) packages.add(imported.path);
      else visit(imported.path);
    }
  };
  visit(entryOf("src/cli/main.ts"));
  visit(entryOf(`src/cli/commands/${command}.ts`));
  return packages;
}

describe("the compiled CLI", () => {
  it("loads for `extract` neither the database driver, the GraphQL server nor the readers of other formats", async () => {
    const packages = await packagesLoadedFor("extract");
    expect(packages).toContain("nodejieba");
    expect(packages).toContain("commander");
    for (const heavy of ["neo4j-driver", "graphql", "graphql-yoga", "@graphql-tools/schema", "mammoth", "node-html-parser", "pdfjs-dist/legacy/build/pdf.mjs", "csv-stringify/sync"]) {
      expect(packages, heavy).not.toContain(heavy);
    }
  });

  it("loads the driver for the commands that need it", async () => {
    expect(await packagesLoadedFor("db")).toContain("neo4j-driver");
  });
});
