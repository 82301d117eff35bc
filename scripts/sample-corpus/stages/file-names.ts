/** Stage 9, file names: mostly dated .md, some .markdown, a few undated, a few in sub-folders; unique ignoring case. */
import type { Corpus } from '../model';
import { slugify } from '../slug';
import { ymd } from '../time';

export function nameFiles({ random, arts }: Corpus): void {
  const usedFiles = new Set<string>();
  random.shuffle(arts).forEach((a, i) => {
    let name: string;
    if (a.fixedName) name = a.fixedName;
    else {
      const slug = slugify(a.title, 60);
      const ext = random.chance(0.08) ? 'markdown' : 'md';
      name = random.chance(0.03) ? `${slug}.${ext}` : `${ymd(a.published)}-${slug}.${ext}`;
      if (i % 70 === 3) name = `${ymd(a.published).slice(0, 4)}/${ymd(a.published).slice(5, 7)}/${name}`;
    }
    let file = name;
    for (let k = 2; usedFiles.has(file.toLowerCase()); k++) file = name.replace(/(\.\w+)$/, `-${k}$1`);
    usedFiles.add(file.toLowerCase());
    a.file = file;
  });
}
