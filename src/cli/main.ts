import { Command } from "commander";
import { commands } from "./commands/index.ts";
import { reportFatal } from "./fatal.ts";

const program = new Command()
  .name("govkg")
  .description("Knowledge graph of Chinese government work reports")
  .showHelpAfterError();

for (const register of commands) register(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  reportFatal(error);
}
