import { describe, expect, it } from 'vitest';
import { highlight } from './highlight';

/** The text a browser shows for the HTML (tags dropped, entities decoded). */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

const TS = `import { StepLR } from '@lrkit/core';
// a <comment> & more
const optimizer = { paramGroups: [{ lr: 1e-3 }] };
const s = new StepLR(optimizer, { stepSize: 30, gamma: 0.1 }); // x < y && z > w
console.log(\`\${s}\`, "q'uote", 'it\\'s');`;

const PY = `import torch
def build_scheduler(optimizer):  # "comment"
    return torch.optim.lr_scheduler.StepLR(optimizer, step_size=30, gamma=0.1)
x = '''doc'''`;

describe('highlight', () => {
  it('keeps the exact text (what the copy button copies)', () => {
    expect(textOf(highlight(TS, 'ts'))).toBe(TS);
    expect(textOf(highlight(PY, 'py'))).toBe(PY);
  });

  it('escapes markup: no tag of the code reaches the page', () => {
    const html = highlight('const a = "<script>alert(1)</script>";', 'ts');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('colours keywords, strings, numbers, comments and calls', () => {
    const html = highlight(TS, 'ts');
    expect(html).toMatch(/--shiki-light:#D73A49[^>]*>import</);
    expect(html).toMatch(/--shiki-light:#032F62[^>]*>'@lrkit\/core'</);
    expect(html).toMatch(/--shiki-light:#005CC5[^>]*>1e-3</);
    expect(html).toMatch(/--shiki-light:#6A737D[^>]*>\/\/ a &lt;comment&gt; &amp; more</);
    expect(html).toMatch(/--shiki-light:#6F42C1[^>]*>StepLR</);
    expect(highlight(PY, 'py')).toMatch(/--shiki-light:#D73A49[^>]*>def</);
  });
});
