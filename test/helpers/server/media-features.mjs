// Server side of `emulate-media-features` (web-test-runner command): media features that @web/test-runner-commands'
// emulateMedia does not cover, e.g. a touch phone with no keyboard: {features: [{name: 'hover', value: 'none'},
// {name: 'pointer', value: 'coarse'}], touch: true}. An empty list ends the emulation. Chrome DevTools protocol,
// Emulation.setEmulatedMedia, on the test's own page; the session stays open so the emulation lasts.
export function mediaFeatures() {
  const sessions = new Map();
  return {
    name: 'awas-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page) throw new Error('emulate-media-features needs the Chrome launcher of @web/test-runner-chrome');
      let client = sessions.get(session.id);
      if (!client) {
        client = await page.createCDPSession();
        sessions.set(session.id, client);
      }
      await client.send('Emulation.setEmulatedMedia', { features: payload?.features ?? [] });
      // A touch screen: Chromium answers pointer/any-pointer queries from touch emulation, not from emulated media.
      await client.send('Emulation.setTouchEmulationEnabled', { enabled: Boolean(payload?.touch), maxTouchPoints: payload?.touch ? 5 : undefined });
      return true;
    },
  };
}
