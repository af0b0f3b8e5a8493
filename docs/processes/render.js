// Renders processes/<name>.bpmn to docs/processes/<name>.png with bpmn-js in Debian's chromium.
// Run from a folder with `npm install playwright-core bpmn-js@18` (no browser download) and chromium installed:
//   NODE_PATH=<that folder>/node_modules node docs/processes/render.js smertereg-course form-correction
const { chromium } = require('playwright-core');
const fs = require('fs');
const path = require('path');
const dist = path.dirname(require.resolve('bpmn-js/package.json')) + '/dist/';
const repo = path.resolve(__dirname, '..', '..');
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const viewer = fs.readFileSync(dist + 'bpmn-viewer.production.min.js', 'utf8');
  const css1 = fs.readFileSync(dist + 'assets/diagram-js.css', 'utf8');
  const css2 = fs.readFileSync(dist + 'assets/bpmn-js.css', 'utf8');
  for (const name of process.argv.slice(2)) {
    const xml = fs.readFileSync(repo + '/processes/' + name + '.bpmn', 'utf8');
    const page = await browser.newPage({ viewport: { width: 1300, height: 760 }, deviceScaleFactor: 1 });
    await page.setContent(`<html><head><style>${css1}${css2} body{margin:0;background:#fff} #c{width:1300px;height:760px}</style></head><body><div id="c"></div></body></html>`);
    await page.addScriptTag({ content: viewer });
    await page.evaluate(async (xml) => {
      const v = new BpmnJS({ container: '#c' });
      await v.importXML(xml);
      v.get('canvas').zoom('fit-viewport', 'auto');
    }, xml);
    await page.waitForTimeout(500);
    await page.screenshot({ path: repo + '/docs/processes/' + name + '.png' });
    await page.close();
  }
  await browser.close();
})().catch(e => { console.error(e); process.exit(1); });
