import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A small corpus written by the tests themselves (same format as content/),
 * so each assertion below can name the exact story it expects.
 */
export type Entry = {
  file: string;
  title: string;
  url: string;
  published: string;
  heat?: number;
  quality?: number;
  topics: string[];
  provider: [name: string, domain: string];
  type?: string;
  extra?: string;
  /** The excerpt; by default one that names the title. */
  excerpt?: string;
  /** `published: false`: a draft, which the index leaves out. */
  draft?: boolean;
};

export const entries: Entry[] = [
  { file: 'a.md', title: 'Alpha chips get faster', url: 'https://alpha.example.com/chips', published: '2024-03-01T10:00:00Z', heat: 90, quality: 20, topics: ['AI', 'Hardware'], provider: ['Alpha News', 'alpha.example.com'],
    extra: 'related:\n  - title: "Beta cloud bill shrinks"\n    webUrl: "https://beta.example.org/cloud"\n  - title: "Outside take on chips"\n    webUrl: "https://outside.example.net/take"\n    provider:\n      name: Outside\n      domain: outside.example.net\n' },
  { file: 'b.md', title: 'Beta cloud bill shrinks', url: 'https://beta.example.org/cloud', published: '2024-03-03T10:00:00Z', heat: 40, quality: 95, topics: ['Cloud'], provider: ['Beta Daily', 'beta.example.org'] },
  { file: 'c.md', title: 'Gamma model tops benchmark', url: 'https://alpha.example.com/gamma', published: '2024-03-05T10:00:00Z', heat: 60, quality: 50, topics: ['AI'], provider: ['Alpha News', 'alpha.example.com'] },
  { file: 'd.md', title: '<img src=x onerror=alert(1)>', url: 'https://beta.example.org/xss', published: '2024-02-01T10:00:00Z', heat: 10, quality: 10, topics: ['Cloud'], provider: ['Beta Daily', 'beta.example.org'] },
  { file: 'e.md', title: 'Delta video explains GPUs', url: 'https://beta.example.org/video', published: '2024-03-04T10:00:00Z', heat: 75, quality: 70, topics: ['Hardware'], provider: ['Beta Daily', 'beta.example.org'], type: 'video',
    extra: `featuredContent: '<iframe src="https://www.youtube.com/embed/abcDEF12345"></iframe>'\n` },
  // One event, three outlets, no links between them: only their words make them a story.
  { file: 'orbit-1.md', title: 'Orbital lab launches solar probe', url: 'https://orbit.example.com/solar-probe', published: '2024-03-06T08:00:00Z', heat: 50, quality: 60, topics: ['Space'], provider: ['Orbit Times', 'orbit.example.com'] },
  { file: 'orbit-2.md', title: 'Solar probe lifts off from orbital lab', url: 'https://spacedesk.example.org/probe-lifts-off', published: '2024-03-06T11:00:00Z', heat: 30, quality: 40, topics: ['Space'], provider: ['Space Desk', 'spacedesk.example.org'] },
  { file: 'orbit-3.md', title: "Orbital lab's solar probe launch: what we know", url: 'https://launch.example.net/solar-probe-explainer', published: '2024-03-06T15:00:00Z', heat: 20, quality: 80, topics: ['Space'], provider: ['Launch Daily', 'launch.example.net'] },
  { file: 'draft.md', title: 'Unreleased notes on chip yields', url: 'https://alpha.example.com/draft-yields', published: '2024-03-06T09:00:00Z', heat: 99, quality: 99, topics: ['Hardware'], provider: ['Alpha News', 'alpha.example.com'], draft: true },
];

/** The three articles of the one multi-outlet story, oldest first. */
export const orbitalStory = entries.filter((entry) => entry.file.startsWith('orbit-'));

/**
 * `edition` rewrites every excerpt and body (never a title, so slugs and
 * URLs stay): a later version of the same corpus, as after a rebuild.
 */
function render(entry: Entry, edition?: string): string {
  const about = edition ? `${edition}: an excerpt about` : 'An excerpt about';
  const excerpt = entry.excerpt ?? `${about} ${entry.title.replace(/"/g, '')}.`;
  return [
    '---',
    `title: ${JSON.stringify(entry.title)}`,
    `excerpt: ${JSON.stringify(excerpt)}`,
    `publishedDateTime: ${entry.published}`,
    `webUrl: "${entry.url}"`,
    `type: ${entry.type ?? 'article'}`,
    entry.heat === undefined ? '' : `heat: ${entry.heat}`,
    entry.quality === undefined ? '' : `quality: ${entry.quality}`,
    `published: ${entry.draft ? 'false' : 'true'}`,
    `provider:\n  name: ${entry.provider[0]}\n  domain: ${entry.provider[1]}`,
    `topics:\n${entry.topics.map((t) => `  - ${t}`).join('\n')}`,
    entry.extra ?? '',
    '---',
    edition ? `The ${edition} body of ${entry.file}.` : `The body of ${entry.file}.`,
    '',
  ].join('\n');
}

export async function writeCorpus(edition?: string, list: readonly Entry[] = entries): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'heatline-app-corpus-'));
  await mkdir(dir, { recursive: true });
  await Promise.all(list.map((entry) => writeFile(path.join(dir, entry.file), render(entry, edition))));
  return dir;
}
