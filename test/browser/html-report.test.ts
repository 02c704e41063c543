import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureChromium, pageRequests, printToPdf, screenshot } from '../../scripts/chromium.mjs';
import { runCli, temporaryDirectory } from '../helpers/cli.js';

const WIDTH = 1200;
const HEIGHT = 1600;

/** The demo report as a page, written into `folder` by the built CLI; returns its path. */
function demoHtml(folder: string): string {
  const page = join(folder, 'report.html');
  const audit = runCli(['audit', '--demo', '--format', 'html', '--out', page, '--no-history', '--date', '2026-11-23'], { cwd: folder });
  expect(audit.status, audit.stderr).toBe(0);
  return page;
}

/** What in a page would make a browser fetch something or run code: tags, resource attributes and CSS that reach outside it. */
function outsideReferences(html: string): string[] {
  const found: string[] = [];
  if (/<script\b/i.test(html)) found.push('<script>');
  if (/@import\b/i.test(html)) found.push('@import');
  for (const match of html.matchAll(/url\(\s*['"]?([^'")\s]*)/gi)) {
    if (!/^(#|data:)/i.test(match[1]!)) found.push(`url(${match[1]})`);
  }
  for (const tag of html.matchAll(/<([a-z][\w:-]*)\b([^>]*)>/gi)) {
    for (const attribute of tag[2]!.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
      const [name, value] = [attribute[1]!.toLowerCase(), (attribute[2] ?? attribute[3] ?? attribute[4]!).trim()];
      // A link the reader may follow is not a fetch; anything the page loads by itself is.
      const loads = /^(src|srcset|href|xlink:href|poster|data|action|formaction|background)$/.test(name) && tag[1]!.toLowerCase() !== 'a';
      if (/^on/.test(name)) found.push(`${name}=`);
      else if (loads && !/^(#|data:)/i.test(value)) found.push(`${name}="${value}"`);
    }
  }
  return found;
}

interface Pixels {
  width: number;
  height: number;
  /** Share of pixels that differ from the most common colour (the background). */
  drawn: number;
  /** Share of dark grey or black pixels: text. */
  dark: number;
  /** Share of strongly coloured pixels: the charts. */
  coloured: number;
}

/** The least a rendered report shows: some drawing, some text, some colour (a broken-image icon is far less). */
const AT_LEAST = { drawn: 0.02, dark: 0.002, coloured: 0.005 } as const;

/** The measures of `seen` under AT_LEAST: none for a page that rendered. */
function shortOf(seen: Pixels): string[] {
  return (Object.keys(AT_LEAST) as (keyof typeof AT_LEAST)[]).filter((measure) => seen[measure] <= AT_LEAST[measure]);
}

function pixels(pngFile: string): Pixels {
  const png = PNG.sync.read(readFileSync(pngFile));
  const total = png.width * png.height;
  const counts = new Map<number, number>();
  let dark = 0;
  let coloured = 0;
  for (let offset = 0; offset < png.data.length; offset += 4) {
    const [red, green, blue] = [png.data[offset]!, png.data[offset + 1]!, png.data[offset + 2]!];
    const colour = (red << 16) | (green << 8) | blue;
    counts.set(colour, (counts.get(colour) ?? 0) + 1);
    const [high, low] = [Math.max(red, green, blue), Math.min(red, green, blue)];
    if (high < 100) dark++;
    else if (high - low > 80) coloured++;
  }
  const background = Math.max(...counts.values());
  return { width: png.width, height: png.height, drawn: (total - background) / total, dark: dark / total, coloured: coloured / total };
}

/** Pages in a PDF: the page objects, not the page tree's /Pages nodes. */
function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

describe('the HTML report in a real browser (headless Chromium)', () => {
  const folder = temporaryDirectory();
  let page = '';
  afterAll(() => folder.remove());
  // On a machine without Chromium (a fresh CI runner, as root) this installs Debian's package.
  beforeAll(async () => {
    await ensureChromium();
    page = demoHtml(folder.path);
  }, 180_000);

  it('is one self-contained page: no script, nothing loaded from elsewhere', () => {
    expect(outsideReferences(readFileSync(page, 'utf8'))).toEqual([]);
  });

  it('renders to a screenshot of the requested size, with text and coloured charts, fetching nothing', async () => {
    const image = join(folder.path, 'report.png');
    const netLog = join(folder.path, 'net-log.json');
    await screenshot(page, image, { width: WIDTH, height: HEIGHT, netLog });
    const seen = pixels(image);
    expect([seen.width, seen.height]).toEqual([WIDTH, HEIGHT]);
    expect(shortOf(seen)).toEqual([]);
    expect(pageRequests(netLog)).toEqual([]);
  });

  it('prints to a PDF of at least one page', async () => {
    const pdf = join(folder.path, 'report.pdf');
    await printToPdf(page, pdf);
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfPages(bytes)).toBeGreaterThanOrEqual(1);
  });

  it('would notice a blank page, a fetch and a script (the checks themselves work)', async () => {
    const blank = join(folder.path, 'blank.html');
    const fetching = '<!doctype html><img src="http://example.invalid/chart.png"><p style="background: url(//example.invalid/a.png)">';
    writeFileSync(blank, fetching);
    const image = join(folder.path, 'blank.png');
    const netLog = join(folder.path, 'blank-net-log.json');
    await screenshot(blank, image, { width: 400, height: 300, netLog });
    const seen = pixels(image);
    expect([seen.width, seen.height]).toEqual([400, 300]);
    expect(shortOf(seen)).toEqual(['drawn', 'dark', 'coloured']);
    expect(pageRequests(netLog)).toContain('http://example.invalid/chart.png');
    expect(outsideReferences(`${fetching}<script>alert(1)</script><svg onload="x()"><link href='https://cdn.example/a.css'>`)).toEqual([
      '<script>',
      'url(//example.invalid/a.png)',
      'src="http://example.invalid/chart.png"',
      'onload=',
      'href="https://cdn.example/a.css"',
    ]);
  });
});
