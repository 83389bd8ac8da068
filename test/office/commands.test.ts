/**
 * manifest.xml agrees with shared/commands.ts: the ribbon's controls in
 * order, each one's label in English and German (through its resid) and its
 * action (a menu of items, an ExecuteFunction with its FunctionName, or
 * ShowTaskpane), and the custom functions' namespace. Excel builds the
 * ribbon from the manifest's VersionOverrides and Resources before any code
 * runs (https://learn.microsoft.com/office/dev/add-ins/develop/create-addin-commands),
 * so the manifest keeps its own copy.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { COMMANDS, EXCEL_FUNCTION_NAMESPACE, type RibbonEntry } from '../../shared/commands';
import { COMMAND_LABELS } from '../../shared/messages/commands';

const ROOT = path.join(__dirname, '../..');
const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return XML_ENTITIES[name] ?? whole;
  });
}

/** The manifest's strings by resid: DefaultValue, and the de-DE override where there is one. */
function manifestStrings(xml: string): Map<string, { en: string; de?: string }> {
  const strings = new Map<string, { en: string; de?: string }>();
  for (const match of xml.matchAll(/<bt:String id="([^"]+)" DefaultValue="([^"]*)"\s*(?:\/>|>([\s\S]*?)<\/bt:String>)/g)) {
    const german = match[3]?.match(/<bt:Override Locale="de-DE" Value="([^"]*)"\s*\/>/);
    strings.set(match[1], { en: unescapeXml(match[2]), de: german ? unescapeXml(german[1]) : undefined });
  }
  return strings;
}

interface ManifestEntry {
  where: string;
  /** The label's resid. */
  label: string;
  /** 'menu', 'taskpane', or the FunctionName of an ExecuteFunction action. */
  action: string;
  items: ManifestEntry[];
}

/** One control or menu item: its own label and action, outside any items it holds. */
function manifestEntry(where: string, body: string): ManifestEntry {
  const items = [...body.matchAll(/<Item id="([^"]+)">([\s\S]*?)<\/Item>/g)].map((match) => manifestEntry(match[1], match[2]));
  const own = body.replace(/<Items>[\s\S]*<\/Items>/, '');
  const label = own.match(/<Label resid="([^"]+)"\/>/)?.[1] ?? '(no label)';
  const functionName = own.match(/<Action xsi:type="ExecuteFunction">\s*<FunctionName>([^<]*)<\/FunctionName>/)?.[1];
  // A task pane other than the checklist's shared-runtime page is named by its SourceLocation.
  const pane = own.match(/<Action xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation resid="([^"]+)"\/>/)?.[1];
  const taskpane = pane === undefined ? '(no action)' : pane === 'Shared.Runtime.Url' ? 'taskpane' : `taskpane ${pane}`;
  const action = items.length > 0 ? 'menu' : (functionName ?? taskpane);
  return { where, label, action, items };
}

/** The controls of the add-in's ribbon group, in order. */
function manifestRibbon(xml: string): ManifestEntry[] {
  const groups = [...xml.matchAll(/<Group id="[^"]+">([\s\S]*?)<\/Group>/g)];
  if (groups.length !== 1) throw new Error(`expected one ribbon group, found ${groups.length}`);
  return [...groups[0][1].matchAll(/<Control xsi:type="(\w+)" id="([^"]+)">([\s\S]*?)<\/Control>/g)].map((match) =>
    manifestEntry(match[2], match[3]),
  );
}

/** Where manifest.xml and shared/commands.ts disagree, one line each. */
function disagreements(xml: string): string[] {
  const strings = manifestStrings(xml);
  const found: string[] = [];
  const compare = (entries: readonly ManifestEntry[], declared: readonly RibbonEntry[], where: string) => {
    if (entries.length !== declared.length) {
      found.push(`${where}: ${entries.length} entries in the manifest, ${declared.length} declared`);
      return;
    }
    entries.forEach((entry, index) => {
      const expected = declared[index];
      const text = strings.get(entry.label);
      const labels = { en: COMMAND_LABELS.en[expected.label], de: COMMAND_LABELS.de[expected.label] };
      if (text?.en !== labels.en || text?.de !== labels.de) {
        found.push(`${entry.where}: label ${entry.label} is ${JSON.stringify(text)}, declared ${JSON.stringify(labels)}`);
      }
      const pane = expected.pane === 'import' ? 'taskpane Import.Url' : 'taskpane';
      const action = expected.items ? 'menu' : (expected.run ?? pane);
      if (entry.action !== action) found.push(`${entry.where}: action ${entry.action}, declared ${action}`);
      if (expected.items) compare(entry.items, expected.items, entry.where);
    });
  };
  compare(
    manifestRibbon(xml),
    COMMANDS.map((command) => command.ribbon),
    'ribbon',
  );
  const namespace = xml.match(/<Namespace resid="([^"]+)"\/>/)?.[1];
  const value = namespace === undefined ? undefined : strings.get(namespace);
  if (value?.en !== EXCEL_FUNCTION_NAMESPACE || value.de !== undefined) {
    found.push(`namespace ${namespace} is ${JSON.stringify(value)}, declared ${EXCEL_FUNCTION_NAMESPACE}`);
  }
  return found;
}

describe.each(['manifest.xml', 'dist/office/manifest.xml'])('%s and shared/commands.ts', (file) => {
  const xml = readFileSync(path.join(ROOT, file), 'utf8');

  it('agree on every ribbon control, its label in both languages and its action, and on the namespace', () => {
    expect(manifestRibbon(xml)).toHaveLength(COMMANDS.length);
    expect(disagreements(xml)).toEqual([]);
  });
});

describe('the agreement check', () => {
  const xml = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

  it.each([
    [
      'a renamed FunctionName',
      ['<FunctionName>showAbout<', '<FunctionName>showInfo<'],
      /Bondstage\.About: action showInfo, declared showAbout/,
    ],
    [
      'a changed German label',
      ['Value="Stufenfarben anwenden"', 'Value="Farben anwenden"'],
      /Bondstage\.ApplyStageColours: label ApplyStageColours\.Label/,
    ],
    [
      'an item label pointing at another string',
      ['<Label resid="CreateEmptyTracker.Label"/>\n', '<Label resid="TrackerWithExamples.Label"/>\n'],
      /Bondstage\.CreateEmptyTracker: label/,
    ],
    [
      'a task pane button turned into a function',
      ['<Action xsi:type="ShowTaskpane">', '<Action xsi:type="ExecuteFunction"><FunctionName>openChecklist</FunctionName>'],
      /Bondstage\.OpenChecklist: action openChecklist, declared taskpane/,
    ],
    [
      'the import button showing the checklist page',
      ['<SourceLocation resid="Import.Url"/>', '<SourceLocation resid="Shared.Runtime.Url"/>'],
      /Bondstage\.ImportMeetings: action taskpane, declared taskpane Import\.Url/,
    ],
    [
      'another namespace',
      ['id="Functions.Namespace" DefaultValue="NETWORK"', 'id="Functions.Namespace" DefaultValue="NET"'],
      /namespace Functions\.Namespace/,
    ],
  ])('finds %s', (_label, [from, to], expected) => {
    expect(xml).toContain(from);
    const found = disagreements(xml.replace(from, to));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(expected);
  });

  it('finds a missing control', () => {
    const withoutAbout = xml.replace(/<Control xsi:type="Button" id="Bondstage.About">[\s\S]*?<\/Control>/, '');
    expect(disagreements(withoutAbout)).toEqual([`ribbon: ${COMMANDS.length - 1} entries in the manifest, ${COMMANDS.length} declared`]);
  });
});
