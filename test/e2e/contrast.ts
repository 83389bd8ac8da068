/**
 * Text contrast as WCAG 2.x defines it (success criterion 1.4.3): the ratio
 * of the relative luminances of text and background, at least 4.5:1, or 3:1
 * for large text (24px, or 18.66px bold). The page collects every visible
 * piece of text, pseudo-element content included (axe-core skips those), with
 * its colour and the background colours behind it; the ratio is computed here.
 * https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio
 */
import type { Page } from 'playwright-core';

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** A CSS colour as getComputedStyle reports it: rgb(…), rgba(…) or #rrggbb. */
export function parseColour(text: string): Rgba {
  const hex = /^#([0-9a-f]{6})$/i.exec(text.trim());
  if (hex) {
    const n = parseInt(hex[1], 16);
    return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255, a: 1 };
  }
  const match = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\s*\)$/.exec(text.trim());
  if (!match) throw new Error(`not a colour this check reads: ${text}`);
  const alpha = match[4] === undefined ? 1 : match[4].endsWith('%') ? parseFloat(match[4]) / 100 : parseFloat(match[4]);
  return { r: Number(match[1]), g: Number(match[2]), b: Number(match[3]), a: alpha };
}

/** `top` painted over the opaque colour `below`. */
export function over(top: Rgba, below: Rgba): Rgba {
  const mix = (a: number, b: number) => a * top.a + b * (1 - top.a);
  return { r: mix(top.r, below.r), g: mix(top.g, below.g), b: mix(top.b, below.b), a: 1 };
}

function luminance({ r, g, b }: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(foreground: Rgba, background: Rgba): number {
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

/** One visible piece of text on the page. */
export interface TextSample {
  /** Where: the element's tag, id and classes, and the pseudo-element if any. */
  where: string;
  text: string;
  colour: string;
  /** Background colours from the text's own box outwards, up to the first opaque one. */
  backgrounds: string[];
  fontSize: number;
  fontWeight: number;
}

/** Every visible text of the page (text nodes and ::before/::after content), with its colours. */
export function textSamples(page: Page): Promise<TextSample[]> {
  return page.evaluate(() => {
    const alphaOf = (colour: string) => {
      const match = /rgba\([^)]*[,\s/]\s*([\d.]+)\s*\)$/.exec(colour);
      return match ? parseFloat(match[1]) : colour === 'transparent' ? 0 : 1;
    };
    const backgroundsFrom = (start: Element | null, first?: string) => {
      const list: string[] = first ? [first] : [];
      if (first && alphaOf(first) === 1) return list;
      for (let node = start; node; node = node.parentElement) {
        const colour = getComputedStyle(node).backgroundColor;
        list.push(colour);
        if (alphaOf(colour) === 1) break;
      }
      return list;
    };
    const describe = (element: Element, pseudo = '') =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${[...element.classList].map((name) => `.${name}`).join('')}${pseudo}`;
    const shown = (element: Element) => {
      if (element.closest('[hidden], .pv-visually-hidden, option, script, style, head')) return false;
      const style = getComputedStyle(element);
      return style.display !== 'none' && style.visibility !== 'hidden' && Number(style.opacity) > 0 && element.getClientRects().length > 0;
    };
    const samples: TextSample[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      if (!shown(element)) continue;
      const style = getComputedStyle(element);
      const own = [...element.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent ?? '')
        .join('')
        .trim();
      if (own) {
        samples.push({
          where: describe(element),
          text: own.slice(0, 60),
          colour: style.color,
          backgrounds: backgroundsFrom(element),
          fontSize: parseFloat(style.fontSize),
          fontWeight: Number(style.fontWeight),
        });
      }
      for (const pseudo of ['::before', '::after']) {
        const pseudoStyle = getComputedStyle(element, pseudo);
        const content = pseudoStyle.content.replace(/^["']|["']$/g, '').trim();
        if (!content || content === 'none' || content === 'normal' || pseudoStyle.display === 'none') continue;
        samples.push({
          where: describe(element, pseudo),
          text: content,
          colour: pseudoStyle.color,
          backgrounds: backgroundsFrom(element, pseudoStyle.backgroundColor),
          fontSize: parseFloat(pseudoStyle.fontSize),
          fontWeight: Number(pseudoStyle.fontWeight),
        });
      }
    }
    return samples;
  });
}

/** The contrast ratio of a sample: its colour over its backgrounds, over the white canvas. */
export function sampleRatio(sample: TextSample): number {
  let background: Rgba = { r: 255, g: 255, b: 255, a: 1 };
  for (const colour of [...sample.backgrounds].reverse()) background = over(parseColour(colour), background);
  return contrastRatio(over(parseColour(sample.colour), background), background);
}

/** WCAG's minimum for the sample: 3 for large text, else 4.5. */
export function requiredRatio(sample: TextSample): number {
  const large = sample.fontSize >= 24 || (sample.fontSize >= 18.66 && sample.fontWeight >= 700);
  return large ? 3 : 4.5;
}

/** Samples below their minimum, as readable lines. */
export function contrastFailures(samples: readonly TextSample[]): string[] {
  return samples
    .map((sample) => ({ sample, ratio: sampleRatio(sample) }))
    .filter(({ sample, ratio }) => ratio < requiredRatio(sample))
    .map(
      ({ sample, ratio }) =>
        `${sample.where} "${sample.text}": ${ratio.toFixed(2)}:1 (${sample.colour} on ${sample.backgrounds.join(' / ')})`,
    );
}
