// End-to-end check of the gateway's auditor web view in a real browser: Debian's Chromium (/usr/bin/chromium),
// driven headless by playwright-core (no browser download: the system's Chromium is launched by path).
//
//   node auditor-view-browser.mjs --scenario <file.json>
//
// The scenario file (written by tests/CooperJus.Gateway.IntegrationTests/Web/AuditorViewBrowserTests.cs) names the
// running gateway and what the test knows about one of its requests:
//   { "baseUrl", "account", "password", "wrongPassword", "caseReference", "identityNumber", "requestId",
//     "lineagePath", "lineageField", "screenshot", "userDataDir", "executablePath" }
//
// It walks through the view as an auditor would: a wrong password is refused; sign in; search the case by its
// reference and by a person's identity number; open it; find a lineage row; verify the chain; sign out, after which
// a page sends back to the sign-in form. Prints one "ok ..." line per step and exits 0; on the first failure prints
// the step and the reason on stderr, keeps a screenshot of the page as it was, and exits 1.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";

const { values } = parseArgs({ options: { scenario: { type: "string" } } });
if (!values.scenario) {
  console.error("usage: node auditor-view-browser.mjs --scenario <file.json>");
  process.exit(2);
}
const s = JSON.parse(await readFile(values.scenario, "utf8"));
const url = (path) => new URL(path, s.baseUrl).toString();

const context = await chromium.launchPersistentContext(s.userDataDir, {
  executablePath: s.executablePath ?? "/usr/bin/chromium",
  headless: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
  viewport: { width: 1400, height: 1000 },
});
context.setDefaultTimeout(15000);
const page = context.pages()[0] ?? (await context.newPage());
let step = "start";

async function expectText(locator, text, what) {
  const content = await locator.innerText();
  if (!content.includes(text)) throw new Error(`${what}: expected to see "${text}", the page shows: ${content.slice(0, 600)}`);
}

function expectPath(path, what) {
  const actual = new URL(page.url()).pathname;
  if (actual !== path) throw new Error(`${what}: expected to be on ${path}, the browser is on ${page.url()}`);
}

async function signIn(password) {
  await page.getByLabel("Account").fill(s.account);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForLoadState("domcontentloaded");
}

async function search(field, value) {
  for (const label of ["Case reference", "Person: name or identity number"]) await page.getByLabel(label).fill("");
  await page.getByLabel(field).fill(value);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await page.waitForLoadState("domcontentloaded");
  const hit = page.locator("table a", { hasText: s.requestId });
  if ((await hit.count()) !== 1) await expectText(page.locator("main"), s.requestId, `search by ${field}`);
  console.log(`ok search by ${field} finds request ${s.requestId}`);
}

try {
  step = "a page without signing in";
  await page.goto(url("/audit"));
  expectPath("/audit/sign-in", step);
  console.log("ok /audit asks to sign in");

  step = "wrong password";
  await signIn(s.wrongPassword);
  expectPath("/audit/sign-in", step);
  await expectText(page.getByRole("alert"), "Sign-in refused", step);
  console.log("ok a wrong password is refused");

  step = "sign in";
  await signIn(s.password);
  expectPath("/audit", step);
  await expectText(page.locator("header"), s.account, step);
  console.log(`ok signed in as ${s.account}`);

  step = "search by case reference";
  await search("Case reference", s.caseReference);
  step = "search by identity number";
  await search("Person: name or identity number", s.identityNumber);

  step = "open the request";
  await page.locator("table a", { hasText: s.requestId }).click();
  await page.waitForLoadState("domcontentloaded");
  await expectText(page.locator("h1"), s.caseReference, step);
  console.log(`ok request page of ${s.caseReference}`);

  step = "lineage";
  const row = page.locator("table.lineage tr", { hasText: s.lineagePath }).first();
  await expectText(row, s.lineageField, step);
  console.log(`ok lineage row: ${(await row.innerText()).replace(/\s+/g, " ").trim()}`);
  await page.screenshot({ path: s.screenshot, fullPage: true });

  step = "verify the chain";
  await page.getByRole("button", { name: "Verify the chain" }).click();
  await page.waitForLoadState("domcontentloaded");
  await expectText(page.getByRole("status"), "intact", step);
  console.log(`ok ${(await page.getByRole("status").innerText()).trim()}`);

  step = "sign out";
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForLoadState("domcontentloaded");
  expectPath("/audit/sign-in", step);
  await page.goto(url(`/audit/requests/${encodeURIComponent(s.requestId)}`));
  expectPath("/audit/sign-in", "a request page after sign-out");
  console.log("ok signed out: the request page asks to sign in again");
} catch (error) {
  console.error(`FAILED at step "${step}": ${error.message}`);
  await page.screenshot({ path: s.screenshot, fullPage: true }).catch(() => {});
  await context.close();
  process.exit(1);
}
await context.close();
