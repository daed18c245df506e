import { Command } from "commander";
import { commands, commandsFor } from "./commands/index.ts";
import { reportFatal } from "./fatal.ts";

const program = new Command()
  .name("govkg")
  .description("Knowledge graph of Chinese government work reports")
  .showHelpAfterError();

try {
  // Loaded in the order of `commands`, whatever order the imports finish in.
  const registers = await Promise.all(commandsFor(process.argv.slice(2)).map((name) => commands[name]()));
  for (const register of registers) register(program);
  await program.parseAsync(process.argv);
} catch (error) {
  reportFatal(error);
}
