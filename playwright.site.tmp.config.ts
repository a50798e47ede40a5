import base from './playwright.config';
export default {
  ...base,
  projects: base.projects!.filter((p) => p.name === 'site'),
  webServer: (base.webServer as unknown[]).slice(0, 1),
};
