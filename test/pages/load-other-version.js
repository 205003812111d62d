// Loads the same bundle again as if it were another release, as two plugins of a CMS might.
(async () => {
  await customElements.whenDefined('tip-stat-card');
  const { version } = customElements.get('tip-stat-card');
  const source = await (await fetch('/dist/cdn/tip-widgets.js')).text();
  const otherVersion = source.replaceAll(version, '0.0.0-other');
  if (otherVersion === source) throw new Error('the bundle no longer carries its version');
  await import(URL.createObjectURL(new Blob([otherVersion], { type: 'text/javascript' })));
  window.recorded.otherVersionLoaded = true;
})().catch((error) => window.recorded.errors.push(`the other version failed: ${error}`));
