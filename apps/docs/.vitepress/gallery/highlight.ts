/**
 * A small syntax highlighter for the code tabs, whose code changes with the controls (Shiki runs at
 * build time only). It writes the CSS variables of VitePress's code blocks (--shiki-light,
 * --shiki-dark) in GitHub's light and dark colours, so the tabs look like the site's other code.
 */
type Lang = 'ts' | 'py';

const COLOURS = {
  keyword: ['#D73A49', '#F97583'],
  string: ['#032F62', '#9ECBFF'],
  number: ['#005CC5', '#79B8FF'],
  comment: ['#6A737D', '#6A737D'],
  call: ['#6F42C1', '#B392F0'],
} as const;

const KEYWORDS: Record<Lang, ReadonlySet<string>> = {
  ts: new Set(
    'import from const let for new await return function if else true false null undefined as type of in export async'.split(
      ' ',
    ),
  ),
  py: new Set(
    'import from def return class for in if elif else lambda None True False and or not with as raise pass while is'.split(
      ' ',
    ),
  ),
};

const TOKEN: Record<Lang, RegExp> = {
  ts: /(\/\/[^\n]*)|('(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`)|(\b\d+(?:\.\d+)?(?:e[+-]?\d+)?\b)|([A-Za-z_$][\w$]*)(\s*\()?/g,
  py: /(#[^\n]*)|('''[\s\S]*?'''|"""[\s\S]*?"""|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*")|(\b\d+(?:\.\d+)?(?:e[+-]?\d+)?\b)|([A-Za-z_][\w]*)(\s*\()?/g,
};

export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function span(kind: keyof typeof COLOURS, text: string): string {
  const [light, dark] = COLOURS[kind];
  return `<span style="--shiki-light:${light};--shiki-dark:${dark}">${escapeHtml(text)}</span>`;
}

/** HTML of `code` with coloured tokens; its text content is exactly `code`. */
export function highlight(code: string, lang: Lang): string {
  let out = '';
  let last = 0;
  for (const match of code.matchAll(TOKEN[lang])) {
    const [whole, comment, string, number, word, paren] = match;
    out += escapeHtml(code.slice(last, match.index));
    last = match.index + whole.length;
    if (comment) out += span('comment', comment);
    else if (string) out += span('string', string);
    else if (number) out += span('number', number);
    else if (word && KEYWORDS[lang].has(word))
      out += span('keyword', word) + escapeHtml(paren ?? '');
    else if (word && paren) out += span('call', word) + escapeHtml(paren);
    else out += escapeHtml(whole);
  }
  return out + escapeHtml(code.slice(last));
}
