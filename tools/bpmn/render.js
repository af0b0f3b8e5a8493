// Renders processes/<name>.bpmn to docs/processes/<name>.png with bpmn-js in Debian's chromium, at the diagram's own
// size (1:1, 20 px margin, and room at the bottom for bpmn-js's watermark, which its licence says must stay visible and
// not overlap the diagram). Without names it renders every diagram in processes/. `tools/bpmn/render` runs it.
const { chromium } = require('playwright-core');
const fs = require('fs');
const path = require('path');

const dist = path.dirname(require.resolve('bpmn-js/package.json')) + '/dist/';
const repo = path.resolve(__dirname, '..', '..');
const processes = path.join(repo, 'processes');
const pictures = path.join(repo, 'docs', 'processes');
const browserPath = process.env.CHROMIUM || '/usr/bin/chromium';
const MARGIN = 20;
const WATERMARK = 40;

// Diagrams by their path under processes/ without '.bpmn' ('patient-form', or 'smertereg/course' in a registry's
// folder); a name given on the command line may also be a file name or a path.
function diagramNames() {
  const all = [];
  (function walk(dir) {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(file);
      } else if (entry.name.endsWith('.bpmn')) {
        all.push(path.relative(processes, file).slice(0, -'.bpmn'.length).split(path.sep).join('/'));
      }
    }
  })(processes);
  const asked = process.argv.slice(2).map(n => n.replace(/\.bpmn$/, '').replace(/^(.*\/)?processes\//, ''));
  if (asked.length === 0) {
    return all.sort();
  }
  return asked.map(n => {
    const found = all.filter(a => a === n || a.endsWith('/' + n));
    if (found.length !== 1) {
      throw new Error(`${n}: ${found.length === 0 ? 'no such diagram' : 'ambiguous: ' + found.join(', ')} in processes/`);
    }
    return found[0];
  });
}

(async () => {
  const browser = await chromium.launch({ executablePath: browserPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'] });
  const viewer = fs.readFileSync(dist + 'bpmn-viewer.production.min.js', 'utf8');
  const css = fs.readFileSync(dist + 'assets/diagram-js.css', 'utf8') + fs.readFileSync(dist + 'assets/bpmn-js.css', 'utf8');
  try {
    for (const name of diagramNames()) {
      const xml = fs.readFileSync(path.join(processes, name + '.bpmn'), 'utf8');
      const page = await browser.newPage({ viewport: { width: 4000, height: 3000 }, deviceScaleFactor: 1 });
      await page.setContent(`<html><head><style>${css} body{margin:0;background:#fff} #c{width:100vw;height:100vh}</style></head><body><div id="c"></div></body></html>`);
      await page.addScriptTag({ content: viewer });
      const box = await page.evaluate(async ({ xml, margin, watermark }) => {
        const viewer = new BpmnJS({ container: '#c' });
        const { warnings } = await viewer.importXML(xml);
        if (warnings.length > 0) {
          throw new Error(warnings.map(w => w.message).join('\n'));
        }
        window.viewer = viewer;
        const inner = viewer.get('canvas').getActiveLayer().getBBox();
        return { x: inner.x - margin, y: inner.y - margin,
          width: Math.ceil(inner.width + 2 * margin), height: Math.ceil(inner.height + 2 * margin + watermark) };
      }, { xml, margin: MARGIN, watermark: WATERMARK });
      await page.setViewportSize({ width: box.width, height: box.height });
      await page.evaluate((box) => {
        const canvas = window.viewer.get('canvas');
        canvas.resized();
        canvas.viewbox({ x: box.x, y: box.y, width: box.width, height: box.height });
      }, box);
      const out = path.join(pictures, name + '.png');
      fs.mkdirSync(path.dirname(out), { recursive: true });
      await page.screenshot({ path: out });
      console.log(`${path.relative(repo, out)} ${box.width}x${box.height}`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
})().catch(e => { console.error(e); process.exit(1); });
