import base from './playwright.config';
export default {
  ...base,
  projects: base.projects!.filter((p) => p.name === 'fixtures'),
  webServer: (base.webServer as unknown[]).slice(1),
};
