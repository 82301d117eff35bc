import { describe, expect, it } from 'vitest';
import { trendOf } from '../../src/shared/activity';
import { filterTopics } from '../../src/features/topics/topic-filter';
import { changeLabel, trendSentence } from '../../src/lib/trend-label';

const topics = (...names: string[]) => names.map((name) => ({ name }));

describe('filterTopics', () => {
  it('puts the topic of that very name first, then names starting with it, then words starting with it, then the rest', () => {
    const all = topics('Retail', 'Rail freight', 'AI policy', 'Aviation', 'Open AI models', 'AI');
    expect(filterTopics(all, 'ai').map((t) => t.name)).toEqual(['AI', 'AI policy', 'Open AI models', 'Retail', 'Rail freight']);
  });

  it('ignores case, accents and word order, and needs every word', () => {
    const all = topics('Café Société', 'Policy on AI', 'AI');
    expect(filterTopics(all, 'CAFE societe').map((t) => t.name)).toEqual(['Café Société']);
    expect(filterTopics(all, 'ai policy').map((t) => t.name)).toEqual(['Policy on AI']);
    expect(filterTopics(all, '  ')).toHaveLength(3);
  });
});

describe('trend labels', () => {
  it('says a change as a percentage, and as a multiple past ten times the usual', () => {
    expect(changeLabel(trendOf([...Array(11).fill(1), 6]))).toBe('+500%');
    expect(changeLabel(trendOf([...Array(11).fill(4), 2]))).toBe('−50%');
    expect(changeLabel(trendOf([1, ...Array(10).fill(0), 38]))).toBe('×418');
    expect(changeLabel(trendOf([...Array(11).fill(0), 3]))).toBe('New');
    expect(changeLabel(trendOf([...Array(11).fill(2), 2]))).toBe('Steady');
  });

  it('says the trend in a sentence a screen reader can read', () => {
    expect(trendSentence(trendOf([...Array(11).fill(1), 6]))).toBe('6 articles this week, up from 1 a week');
    expect(trendSentence(trendOf([...Array(11).fill(3), 1]))).toBe('1 article this week, down from 3 a week');
    expect(trendSentence(trendOf(Array(12).fill(0)))).toBe('No articles this week or the weeks before');
  });
});
