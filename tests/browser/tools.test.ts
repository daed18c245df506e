import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/api/index.ts";
import { loadEnv } from "../../src/config/env.ts";
import { localBrowserUrl } from "../../src/pages/index.ts";
import { closeDriver, loadFixtures } from "../api/support/graph.ts";
import { launchBrowser, screenshot, serveApi } from "./support/browser.ts";

// GraphiQL and Neo4j Browser as a user meets them: the saved tabs, and the GovKG guide
// played in Browser against the tests' own Neo4j.

let browser: Browser;
let server: RunningServer;
let base: string;

beforeAll(async () => {
  await loadFixtures();
  ({ server, base } = await serveApi());
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await closeDriver();
});

async function freshPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  return context.newPage();
}

describe("GraphiQL", () => {
  it("opens with one saved tab per question and runs the recurring-projects example", async () => {
    const page = await freshPage();
    await page.goto(`${base}/graphql`);
    await page.locator(".graphiql-tab").first().waitFor({ timeout: 30_000 });
    expect(await page.locator(".graphiql-tab").count()).toBeGreaterThanOrEqual(6);
    await page.locator(".graphiql-execute-button").click();
    const response = page.locator(".graphiql-response");
    await expect.poll(() => response.textContent(), { timeout: 30_000 }).toContain('"recurringProjects"');
    const answer = (await response.textContent()) ?? "";
    expect(answer).toContain('"years"');
    expect(answer).not.toContain('"errors"');
    await screenshot(page, "graphiql");
    await page.context().close();
  });
});

describe("Neo4j Browser", () => {
  const browserUrl = localBrowserUrl();

  it.skipIf(browserUrl === null)("connects, plays the GovKG guide and runs its first question", async () => {
    const env = loadEnv();
    const page = await freshPage();
    const bolt = `bolt://127.0.0.1:${env.GOVKG_BOLT_PORT}`;
    await page.goto(`${browserUrl}?dbms=${encodeURIComponent(bolt)}&preselectAuthMethod=NO_AUTH`);
    // Browser connects by itself from the URL and says so in one of two frames, whichever
    // of its start-up steps wins: its connect frame (You are connected to …) or, with auth
    // off, its greeting (You have a working connection and server auth is disabled). A
    // failure says what the page showed, and where its screenshot is.
    const connected = page.getByText(/You are connected to|You have a working connection/u).first();
    if (!(await connected.waitFor({ timeout: 60_000 }).then(() => true, () => false))) {
      const shot = path.join(tmpdir(), `govkg-browser-not-connected-${process.pid}.png`);
      await page.screenshot({ path: shot });
      const shown = (await page.locator("body").innerText()).replace(/\s+/gu, " ").slice(0, 600);
      throw new Error(`Neo4j Browser did not connect to ${bolt} (screenshot ${shot}); the page showed: ${shown}`);
    }

    const run = async (command: string): Promise<void> => {
      await page.locator(".monaco-editor").first().click();
      await page.keyboard.press("Control+A");
      await page.keyboard.type(command);
      await page.keyboard.press("Enter");
    };
    // Browser may still be settling after the connect frame and drop the first keystrokes: retry.
    const guide = page.locator("pre.runnable");
    for (let attempt = 0; attempt < 3 && (await guide.count()) === 0; attempt += 1) {
      await run(`:play ${base}/guide`);
      await guide.first().waitFor({ timeout: 15_000 }).catch(() => undefined);
    }
    expect(await guide.first().textContent()).toContain(":style");

    // The second slide holds the first question; a click on it puts it into the editor.
    await page.locator('[data-testid="nextSlide"], .carousel-intro-button, button[aria-label="Next"]').first().click().catch(() => undefined);
    const question = page.locator("pre.runnable", { hasText: "MENTIONS_PROJECT" }).first();
    await question.click();
    await page.keyboard.press("Control+Enter");
    // The answer: a result frame that streamed records (the fixtures hold projects of three years).
    await page.getByText(/Started streaming [1-9]\d* records?/).first().waitFor({ timeout: 60_000 });
    await screenshot(page, "browser-guide");
    await page.context().close();
  });
});
