/**
 * The search address and the marks in results: what a shared link searches
 * for, and which words a result shows as found.
 */
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/config/paths';
import { highlight, searchTerms } from '../../src/features/search/highlight';
import { hrefParams, parseSearchParams } from '../../src/features/search/search-params';

const parse = (query: string) => parseSearchParams(new URLSearchParams(query));

describe('the search address', () => {
  it('reads terms, filters and sort', () => {
    expect(parse('q=solar+probe&topic=space&source=orbit.example.com&type=video&sort=newest')).toEqual({
      q: 'solar probe',
      filters: { topic: 'space', source: 'orbit.example.com', type: 'video' },
      sort: 'newest',
    });
    expect(parse('q=donn%C3%A9es&topic=k%C3%BCnstliche-intelligenz')).toEqual({
      q: 'données',
      filters: { topic: 'künstliche-intelligenz' },
      sort: 'relevance',
    });
  });

  it('ignores junk: unknown sorts, types and parameters, values no index has, blank and padded terms', () => {
    expect(parse('q=%20%20chips%20%20%20fast%20&sort=best&type=podcast&topic=AI%20news!&source=not%20a%20domain&page=3')).toEqual({
      q: 'chips fast',
      filters: {},
      sort: 'relevance',
    });
    expect(parse('')).toEqual({ q: '', filters: {}, sort: 'relevance' });
    expect(parse('topic=&source=&q=')).toEqual({ q: '', filters: {}, sort: 'relevance' });
    expect(parse(`q=${'a'.repeat(500)}`).q).toHaveLength(200);
    expect(parse('q=x&topic=ai&topic=cloud').filters).toEqual({ topic: 'ai' });
  });

  it('is written back the same way, Relevance and empty values left out', () => {
    for (const query of ['q=solar+probe&topic=space&source=orbit.example.com&type=video&sort=newest', 'q=chips', 'q=chips&sort=hot']) {
      const href = paths.search.getHref(hrefParams(parse(query)));
      expect(href).toBe(`/search?${query}`);
      expect(parse(href.split('?')[1]!)).toEqual(parse(query));
    }
    expect(paths.search.getHref({ q: 'chips', sort: 'relevance', topic: '' })).toBe('/search?q=chips');
    expect(paths.search.getHref({ q: '  ' })).toBe('/search');
    expect(paths.search.getHref({ q: 'a&b=c#d' })).toBe('/search?q=a%26b%3Dc%23d');
    expect(parse('q=a%26b%3Dc%23d').q).toBe('a&b=c#d');
  });
});

/** The text and the marked words of `highlight`'s output. */
function marks(text: string, query: string, languages?: string[]) {
  const { container } = render(<p>{highlight(text, searchTerms(query, languages))}</p>);
  return {
    text: container.textContent,
    marked: [...container.querySelectorAll('mark')].map((mark) => mark.textContent),
    html: container.innerHTML,
  };
}

describe('highlighting', () => {
  it('marks whole words that start with a term, in any case', () => {
    expect(marks('Solar probe lifts off from orbital lab', 'ORBIT prob')).toEqual({
      text: 'Solar probe lifts off from orbital lab',
      marked: ['probe', 'orbital'],
      html: '<p>Solar <mark>probe</mark> lifts off from <mark>orbital</mark> lab</p>',
    });
  });

  it('ignores accents on either side', () => {
    expect(marks('Café owners and cafés rejoice; CAFE prices fall', 'cafe').marked).toEqual(['Café', 'cafés', 'CAFE']);
    expect(marks('Données ouvertes: the data cafe', 'donnees café').marked).toEqual(['Données', 'cafe']);
  });

  it('finds other forms of a word by its stem', () => {
    expect(marks('New vaccine trial; vaccination rates rise', 'vaccines').marked).toEqual(['vaccine', 'vaccination']);
    expect(marks('Grid batteries and one battery', 'battery').marked).toEqual(['batteries', 'battery']);
    expect(marks('Teams running late', 'runs').marked).toEqual(['running']);
  });

  it('takes only the last word as the start of a longer one, as search does', () => {
    expect(marks('Solar probe lifts off from orbital lab', 'prob orbit').marked).toEqual(['orbital']);
    expect(marks('Solar probe lifts off from orbital lab', 'orbit prob').marked).toEqual(['probe', 'orbital']);
  });

  it('finds other forms of a word in the languages of the index', () => {
    expect(marks('Les journaux saluent la rentrée', 'journal', ['en', 'fr']).marked).toEqual(['journaux']);
    expect(marks('Les journaux saluent la rentrée', 'journal', ['en']).marked).toEqual([]);
    expect(marks('Die Schüler kehren zurück', 'schulern', ['de', 'en']).marked).toEqual(['Schüler']);
  });

  it('marks no little word that search leaves out', () => {
    expect(marks('The art of the deal', 'the art of').marked).toEqual(['art']);
    expect(marks('A plan B', 'a b').marked).toEqual([]);
  });

  it('leaves text with no match, or no terms, as plain text', () => {
    expect(highlight('Beta cloud bill shrinks', searchTerms('orbital'))).toBe('Beta cloud bill shrinks');
    expect(highlight('Beta cloud bill shrinks', searchTerms('  ,; '))).toBe('Beta cloud bill shrinks');
    expect(marks('cloudy skies', 'loud').marked).toEqual([]);
  });

  it('builds elements, never markup', () => {
    const result = marks('<img src=x onerror=alert(1)> chips', 'chips');
    expect(result.marked).toEqual(['chips']);
    expect(result.html).toBe('<p>&lt;img src=x onerror=alert(1)&gt; <mark>chips</mark></p>');
  });
});
