import { inflateSync } from 'node:zlib';

/**
 * The text of a PDF as Chromium (Skia) writes it, without a dependency: objects are read from
 * the file, Flate streams inflated with node:zlib, each font's ToUnicode CMap turns the glyph
 * codes of the page content (Tj, TJ, ', ") back into text. Enough to check what a printed page
 * says; not a general PDF reader (no object streams, no encryption, no other filters).
 */
export function pdfText(pdf: Buffer): string {
  const objects = readObjects(pdf);
  const cmaps = new Map<string, Map<number, string>>();
  const fontsOf = (resources: string): Map<string, CMapOf> => {
    const fonts = new Map<string, CMapOf>();
    const dict = resolveDict(objects, /\/Font\s*(<<[\s\S]*?>>|\d+ 0 R)/.exec(resources)?.[1] ?? '');
    for (const [, name, ref] of dict.matchAll(/\/([\w.+-]+)\s+(\d+) 0 R/g)) {
      const font = objects.get(Number(ref))?.dict ?? '';
      const toUnicode = /\/ToUnicode\s+(\d+) 0 R/.exec(font)?.[1];
      if (!toUnicode || !name) continue;
      if (!cmaps.has(toUnicode)) cmaps.set(toUnicode, parseCMap(streamOf(objects.get(Number(toUnicode)))));
      fonts.set(name, { map: cmaps.get(toUnicode)!, width: codeWidth(cmaps.get(toUnicode)!) });
    }
    return fonts;
  };

  const pages = [...objects.values()].filter((o) => /\/Type\s*\/Page\b/.test(o.dict));
  return pages.map((page) => {
    const fonts = fontsOf(resolveDict(objects, /\/Resources\s*(<<[\s\S]*>>|\d+ 0 R)/.exec(page.dict)?.[1] ?? ''));
    const refs = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page.dict)?.[1] ?? '';
    const content = [...refs.matchAll(/(\d+) 0 R/g)].map(([, n]) => streamOf(objects.get(Number(n)))).join('\n');
    return showText(content, fonts);
  }).join('\n');
}

interface PdfObject { dict: string; stream: Buffer | null }
interface CMapOf { map: Map<number, string>; width: number }

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  for (const match of text.matchAll(/(\d+) 0 obj\b/g)) {
    const start = match.index! + match[0].length;
    const end = text.indexOf('endobj', start);
    const body = text.slice(start, end);
    const streamAt = body.search(/stream\r?\n/);
    if (streamAt < 0) {
      objects.set(Number(match[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, streamAt);
    const dataStart = start + streamAt + (/stream\r?\n/.exec(body.slice(streamAt))![0].length);
    const length = Number(/\/Length\s+(\d+)(?!\s+0 R)/.exec(dict)?.[1] ?? NaN);
    const raw = Number.isFinite(length) ? pdf.subarray(dataStart, dataStart + length) : pdf.subarray(dataStart, start + body.lastIndexOf('endstream'));
    objects.set(Number(match[1]), { dict, stream: /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw });
  }
  return objects;
}

function resolveDict(objects: Map<number, PdfObject>, value: string): string {
  const ref = /^(\d+) 0 R$/.exec(value.trim());
  return ref ? objects.get(Number(ref[1]))?.dict ?? '' : value;
}

function streamOf(object: PdfObject | undefined): string {
  return object?.stream?.toString('latin1') ?? '';
}

function utf16(hex: string): string {
  const units: number[] = [];
  for (let i = 0; i + 4 <= hex.length; i += 4) units.push(parseInt(hex.slice(i, i + 4), 16));
  return String.fromCharCode(...units);
}

function parseCMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const [, block] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, target] of block!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(parseInt(code!, 16), utf16(target!));
  }
  for (const [, block] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, target] of block!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]+>|\[[^\]]*\])/g)) {
      const first = parseInt(lo!, 16);
      const last = parseInt(hi!, 16);
      if (target!.startsWith('[')) {
        [...target!.matchAll(/<([0-9a-fA-F]+)>/g)].forEach(([, t], i) => map.set(first + i, utf16(t!)));
      } else {
        const base = target!.slice(1, -1);
        const head = base.slice(0, -4);
        const tail = parseInt(base.slice(-4), 16);
        for (let code = first; code <= last; code++) map.set(code, utf16(head + (tail + code - first).toString(16).padStart(4, '0')));
      }
    }
  }
  return map;
}

/** Skia writes one-byte codes for simple fonts and two-byte glyph ids for CID fonts. */
function codeWidth(map: Map<number, string>): number {
  return [...map.keys()].some((code) => code > 0xff) ? 2 : 1;
}

function decode(bytes: number[], font: CMapOf | undefined): string {
  if (!font) return '';
  let out = '';
  for (let i = 0; i + font.width <= bytes.length; i += font.width) {
    const code = font.width === 2 ? (bytes[i]! << 8) | bytes[i + 1]! : bytes[i]!;
    out += font.map.get(code) ?? '';
  }
  return out;
}

function stringBytes(token: string): number[] {
  if (token.startsWith('<')) {
    const hex = token.slice(1, -1).replace(/\s+/g, '');
    const bytes: number[] = [];
    for (let i = 0; i < hex.length; i += 2) bytes.push(parseInt(hex.slice(i, i + 2).padEnd(2, '0'), 16));
    return bytes;
  }
  const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
  const bytes: number[] = [];
  const body = token.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') { bytes.push(c.charCodeAt(0)); continue; }
    const next = body[++i] ?? '';
    const octal = /^[0-7]{1,3}/.exec(body.slice(i))?.[0];
    if (octal) { bytes.push(parseInt(octal, 8)); i += octal.length - 1; } else bytes.push(escapes[next] ?? next.charCodeAt(0));
  }
  return bytes;
}

/** Text operators in order: a new line at each text object or T*, runs joined within it (Td moves are often kerning). */
function showText(content: string, fonts: Map<string, CMapOf>): string {
  const tokens = content.match(/<[0-9a-fA-F\s]*>|\((?:\\.|[^\\)])*\)|\[|\]|\/[^\s/[\]()<>]+|[^\s/[\]()<>]+/g) ?? [];
  let font: CMapOf | undefined;
  let out = '';
  const stack: string[] = [];
  for (const token of tokens) {
    switch (token) {
      case 'Tf': font = fonts.get(stack.at(-2)?.slice(1) ?? ''); stack.length = 0; break;
      case 'Tj': case "'": case '"': out += decode(stringBytes(stack.at(-1) ?? '()'), font); stack.length = 0; break;
      case 'TJ': {
        const start = stack.lastIndexOf('[');
        out += stack.slice(start + 1).filter((t) => t.startsWith('<') || t.startsWith('(')).map((t) => decode(stringBytes(t), font)).join('');
        stack.length = 0;
        break;
      }
      case 'BT': case 'T*': out += '\n'; stack.length = 0; break;
      default:
        if (/^[A-Za-z*]+$/.test(token) && token !== ']') stack.length = 0;
        else stack.push(token);
    }
  }
  return out;
}

/** For comparing what a page says regardless of where lines wrapped or runs were split. */
export function withoutSpace(text: string): string {
  return text.replace(/\s+/g, '');
}
