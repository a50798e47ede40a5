import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The rules every page is held to: WCAG 2.2 AA and axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * The rules whose outcome depends on colours. The dark scheme changes colours and nothing
 * else (tests/unit/dark-scheme.test.ts holds every stylesheet to that), so these are the
 * only rules it can pass or fail differently from the light one.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * axe's violations on `path`, one line each ("scheme: rule: help (nodes)"), so a failing
 * test names what is wrong, in which scheme, and how often. The page is loaded once, in the
 * light scheme, and checked against every rule; then switched to dark, where the colour
 * rules run again.
 */
export async function axeViolations(page: Page, path: string): Promise<string[]> {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(path);
  const light = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await new AxeBuilder({ page }).withRules(COLOUR_RULES).analyze();
  return [
    ...light.violations.map((v) => `light: ${v.id}: ${v.help} (${v.nodes.length})`),
    ...dark.violations.map((v) => `dark: ${v.id}: ${v.help} (${v.nodes.length})`),
  ];
}
