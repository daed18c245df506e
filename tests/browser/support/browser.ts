import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { startServer, type RunningServer } from "../../../src/api/index.ts";

/** Debian's chromium unless GOVKG_CHROMIUM names another build; playwright-core never downloads one. */
export function chromiumPath(): string {
  const candidates = [process.env.GOVKG_CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
  const found = candidates.find((candidate) => candidate && existsSync(candidate));
  if (!found) throw new Error("no chromium found: install Debian's chromium (apt-get install chromium) or set GOVKG_CHROMIUM");
  return found;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: ["--no-sandbox", "--disable-gpu", "--lang=zh-CN"] });
}

/** The API and pages on a free loopback port, as govkg serve runs them. */
export async function serveApi(): Promise<{ server: RunningServer; base: string }> {
  const server = await startServer({ host: "127.0.0.1", port: 0, logging: "error" });
  return { server, base: new URL(server.url).origin };
}

/**
 * Saves a screenshot when GOVKG_SCREENSHOTS names a folder (the README's pictures
 * come from `GOVKG_SCREENSHOTS=docs/screenshots`); a plain test run writes nothing.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.GOVKG_SCREENSHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
}
