import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import {
  claimsCsv,
  claimsCsvText,
  claimsJson,
  claimsJsonString,
  claimsJsonText,
  csvColumns,
  type ExportArticle,
  type ExportClaim,
} from '../../../src/lib/claims/claimsExport.ts';

const articles: ExportArticle[] = [
  {
    id: 'alpha',
    sourceFile: 'content/articles/alpha.txt',
    title: 'Alpha “headline”',
    outlet: 'Alpha News',
    status: 'reviewed',
    attribution: 'confirmed',
    foundAt: 'https://alpha.example/story',
    lineage: 'Wire copy.',
    language: 'en',
    sha256: 'a'.repeat(64),
    published: '2022-01-10',
  },
  {
    id: 'beta',
    sourceFile: 'content/articles/beta.txt',
    title: 'Beta, with a comma',
    outlet: 'Beta "Daily", Inc.',
    status: 'draft',
    attribution: 'unattributed',
    foundAt: null,
    lineage: 'Machine translation.',
    language: 'ru',
    sha256: 'b'.repeat(64),
    published: null,
  },
];

const claims: ExportClaim[] = [
  {
    id: 'troop-strength',
    statement: 'The CSTO sent 2,030 troops.',
    topic: 'troops',
    speaker: 'the CSTO',
    figure: { value: 2030, unit: 'soldiers' },
    divergent: true,
    differences: [
      { field: 'figure', label: 'figure', values: [{ article: 'alpha', value: '2,030' }, { article: 'beta', value: '2,500' }] },
      { field: 'when', label: 'when', values: [{ article: 'alpha', value: 'Monday' }, { article: 'beta', value: null }] },
    ],
    mentions: [
      {
        article: 'alpha',
        voice: 'attributed',
        attributedTo: 'the CSTO',
        figure: 2030,
        details: { when: 'Monday' },
        quotes: [
          { text: 'sent 2,030 soldiers', paragraph: 'p-1', anchor: 'q-troop-strength' },
          { text: 'to "Kazakhstan"', paragraph: 'p-4', anchor: 'q-troop-strength-2' },
        ],
      },
      {
        article: 'beta',
        voice: 'outlet',
        attributedTo: null,
        figure: 2500,
        details: {},
        quotes: [{ text: 'sent 2,500\npeacekeepers', paragraph: 'p-2', anchor: 'q-troop-strength' }],
      },
    ],
  },
  {
    id: 'deaths-nationwide',
    statement: 'At least 164 people were killed.',
    topic: 'casualties',
    speaker: 'health ministry',
    figure: null,
    divergent: false,
    differences: [],
    mentions: [
      {
        article: 'beta',
        voice: 'attributed',
        attributedTo: 'the health ministry',
        figure: null,
        details: {},
        quotes: [{ text: '164 people had been killed', paragraph: 'p-7', anchor: 'q-deaths-nationwide' }],
      },
    ],
  },
  {
    id: 'armed-groups',
    statement: 'Armed groups took part.',
    topic: 'troops',
    speaker: 'Putin',
    figure: null,
    divergent: false,
    differences: [],
    mentions: [
      {
        article: 'alpha',
        voice: 'attributed',
        attributedTo: 'Vladimir Putin',
        figure: null,
        details: {},
        quotes: [{ text: 'armed groups', paragraph: 'p-9', anchor: 'q-armed-groups' }],
      },
    ],
  },
];

describe('claimsJson', () => {
  const json = claimsJson(articles, claims);

  it('has exactly the documented keys at every level', () => {
    expect(Object.keys(json)).toEqual(['articles', 'claims']);
    for (const article of json.articles) {
      expect(Object.keys(article)).toEqual([
        'id', 'sourceFile', 'title', 'outlet', 'status', 'attribution', 'foundAt', 'lineage', 'language', 'sha256', 'published', 'url',
      ]);
    }
    for (const claim of json.claims) {
      expect(Object.keys(claim)).toEqual(['id', 'statement', 'topic', 'speaker', 'figure', 'divergent', 'differences', 'url', 'mentions']);
      for (const mention of claim.mentions) {
        expect(Object.keys(mention)).toEqual(['article', 'quote', 'voice', 'attributedTo', 'figure', 'details', 'paragraph', 'url']);
      }
    }
  });

  it('lists the articles in the given order, with their page urls', () => {
    expect(json.articles).toEqual(articles.map((article) => ({ ...article, url: `/articles/${article.id}/` })));
    expect(json.articles[1]).toMatchObject({ attribution: 'unattributed', foundAt: null, language: 'ru', published: null });
  });

  it('lists the fields in which mentions differ, with each value', () => {
    expect(json.claims.find((c) => c.id === 'troop-strength')?.differences).toEqual(claims[0]?.differences);
    expect(json.claims.find((c) => c.id === 'armed-groups')?.differences).toEqual([]);
  });

  it('makes every url absolute when the site is given', () => {
    const absolute = claimsJson(articles, claims, { site: 'https://example.org' });
    expect(absolute.articles[0]?.url).toBe('https://example.org/articles/alpha/');
    expect(absolute.claims[0]?.url).toBe('https://example.org/claims/deaths-nationwide/');
    expect(absolute.claims.flatMap((c) => c.mentions).every((m) => m.url.startsWith('https://example.org/articles/'))).toBe(true);
    const csvRows = parse(claimsCsv(articles, claims, { site: 'https://example.org' }), { columns: true }) as Array<Record<string, string>>;
    expect(csvRows.every((row) => row['url']?.startsWith('https://example.org/'))).toBe(true);
  });

  it('sorts claims by topic, then id', () => {
    expect(json.claims.map((c) => [c.topic, c.id])).toEqual([
      ['casualties', 'deaths-nationwide'],
      ['troops', 'armed-groups'],
      ['troops', 'troop-strength'],
    ]);
  });

  it('keeps the claim fields, with a claim url and figure null when absent', () => {
    const [deaths, , troops] = json.claims;
    expect(deaths).toMatchObject({
      id: 'deaths-nationwide',
      statement: 'At least 164 people were killed.',
      speaker: 'health ministry',
      figure: null,
      divergent: false,
      url: '/claims/deaths-nationwide/',
    });
    expect(troops?.figure).toEqual({ value: 2030, unit: 'soldiers' });
    expect(troops?.divergent).toBe(true);
  });

  it('has one mention per quote, with its paragraph and a deep link to the quote', () => {
    const troops = json.claims.find((c) => c.id === 'troop-strength')!;
    expect(troops.mentions).toEqual([
      { article: 'alpha', quote: 'sent 2,030 soldiers', voice: 'attributed', attributedTo: 'the CSTO', figure: 2030, details: { when: 'Monday' }, paragraph: 'p-1', url: '/articles/alpha/#q-troop-strength' },
      { article: 'alpha', quote: 'to "Kazakhstan"', voice: 'attributed', attributedTo: 'the CSTO', figure: 2030, details: { when: 'Monday' }, paragraph: 'p-4', url: '/articles/alpha/#q-troop-strength-2' },
      { article: 'beta', quote: 'sent 2,500\npeacekeepers', voice: 'outlet', attributedTo: null, figure: 2500, details: {}, paragraph: 'p-2', url: '/articles/beta/#q-troop-strength' },
    ]);
    expect(json.claims.find((c) => c.id === 'deaths-nationwide')?.mentions[0]?.figure).toBeNull();
  });

  it('does not reorder the caller’s claims', () => {
    const copy = [...claims];
    claimsJson(articles, claims);
    expect(claims).toEqual(copy);
  });

  it('survives a JSON round trip unchanged (no undefined, no functions)', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe('claimsCsv', () => {
  const csv = claimsCsv(articles, claims);
  const records: string[][] = parse(csv);
  const [header, ...rows] = records;
  const asObjects = rows.map((row) => Object.fromEntries(csvColumns.map((column, i) => [column, row[i]])));
  const rowFor = (claim: string, article: string) => asObjects.find((r) => r.claim_id === claim && r.article_id === article)!;

  it('starts with a header row equal to csvColumns', () => {
    expect(header).toEqual([...csvColumns]);
  });

  it('has one row per claim × article, omissions included, claims by topic then id, articles in order', () => {
    expect(rows.map((r) => [r[0], r[7]])).toEqual([
      ['deaths-nationwide', 'alpha'],
      ['deaths-nationwide', 'beta'],
      ['armed-groups', 'alpha'],
      ['armed-groups', 'beta'],
      ['troop-strength', 'alpha'],
      ['troop-strength', 'beta'],
    ]);
    for (const row of rows) expect(row).toHaveLength(csvColumns.length);
  });

  it('a reported row: voice, source, figure, paragraphs, quotes joined with " … ", link to the first quote', () => {
    expect(rowFor('troop-strength', 'alpha')).toEqual({
      claim_id: 'troop-strength',
      topic: 'troops',
      statement: 'The CSTO sent 2,030 troops.',
      speaker: 'the CSTO',
      claim_figure: '2030',
      claim_unit: 'soldiers',
      divergent: 'true',
      article_id: 'alpha',
      outlet: 'Alpha News',
      article_status: 'reviewed',
      reported: 'yes',
      voice: 'attributed',
      attributed_to: 'the CSTO',
      article_figure: '2030',
      paragraphs: 'p-1 p-4',
      quotes: 'sent 2,030 soldiers … to "Kazakhstan"',
      details: 'when: Monday',
      url: '/articles/alpha/#q-troop-strength',
      event: '',
      article_published: '2022-01-10',
      article_published_from: '',
    });
  });

  it('an omitted row: reported "no", empty mention fields, link to the claim page', () => {
    expect(rowFor('deaths-nationwide', 'alpha')).toEqual({
      claim_id: 'deaths-nationwide',
      topic: 'casualties',
      statement: 'At least 164 people were killed.',
      speaker: 'health ministry',
      claim_figure: '',
      claim_unit: '',
      divergent: 'false',
      article_id: 'alpha',
      outlet: 'Alpha News',
      article_status: 'reviewed',
      reported: 'no',
      voice: '',
      attributed_to: '',
      article_figure: '',
      paragraphs: '',
      quotes: '',
      details: '',
      url: '/claims/deaths-nationwide/',
      event: '',
      article_published: '2022-01-10',
      article_published_from: '',
    });
  });

  it('with events: the claim’s event and the article’s publication date in the last columns', () => {
    const dated: ExportArticle[] = articles.map((a, i) => ({ ...a, event: 'summit', published: i === 0 ? '2022-01-10T18:42:00+06:00' : null, publishedFrom: i === 0 ? 'dateline' : null }));
    const withEvent: ExportClaim[] = claims.map((c) => ({ ...c, event: 'summit' }));
    const parsed: string[][] = parse(claimsCsv(dated, withEvent));
    const objects = parsed.slice(1).map((row) => Object.fromEntries(csvColumns.map((column, i) => [column, row[i]])));
    expect(objects.find((r) => r.claim_id === 'troop-strength' && r.article_id === 'alpha')).toMatchObject({ event: 'summit', article_published: '2022-01-10T18:42:00+06:00', article_published_from: 'dateline' });
    expect(objects.find((r) => r.claim_id === 'troop-strength' && r.article_id === 'beta')).toMatchObject({ event: 'summit', article_published: '', article_published_from: '' });
    const json = claimsJson(dated, withEvent);
    expect(json.articles[0]).toMatchObject({ event: 'summit', published: '2022-01-10T18:42:00+06:00', publishedFrom: 'dateline' });
    expect(json.articles[1]).toMatchObject({ event: 'summit', published: null, publishedFrom: null });
    expect(json.claims.every((c) => c.event === 'summit')).toBe(true);
  });

  it('a reported mention without a figure has an empty article_figure; own voice an empty attributed_to', () => {
    expect(rowFor('deaths-nationwide', 'beta')).toMatchObject({ reported: 'yes', article_figure: '', attributed_to: 'the health ministry', article_status: 'draft' });
    expect(rowFor('troop-strength', 'beta')).toMatchObject({ voice: 'outlet', attributed_to: '', article_figure: '2500' });
  });

  it('escapes commas, double quotes and newlines so they parse back exactly', () => {
    expect(rowFor('troop-strength', 'beta').outlet).toBe('Beta "Daily", Inc.');
    expect(rowFor('troop-strength', 'beta').quotes).toBe('sent 2,500\npeacekeepers');
    expect(csv).toContain('"Beta ""Daily"", Inc."');
  });

  it('quotes a field whose only special character is a newline, so that line-based CSV readers keep the row whole', () => {
    const tricky: ExportClaim[] = [{ ...claims[2]!, statement: 'Line one\nline two' }];
    const text = claimsCsv(articles, tricky);
    expect((parse(text) as string[][])[1]?.[2]).toBe('Line one\nline two');
    expect(text).toContain('"Line one\nline two"');
  });

  it('ends every record with CRLF', () => {
    const plain = claimsCsv(articles, [claims[2]!]);
    expect(plain.endsWith('\r\n')).toBe(true);
    expect(plain.split('\r\n')).toHaveLength(1 + articles.length + 1);
    expect(plain.replace(/\r\n/gu, '')).not.toMatch(/[\r\n]/u);
  });

  it('is deterministic', () => {
    expect(claimsCsv(articles, [...claims].reverse())).toBe(csv);
  });
});

describe('the exports written in pieces (claimsJsonText, claimsCsvText)', () => {
  // What the single-string exports were before they were written piece by piece: the files must
  // keep these bytes exactly.
  const oneJson = (a: readonly ExportArticle[], c: readonly ExportClaim[], site?: string) => `${JSON.stringify(claimsJson(a, c, { site }), null, 2)}\n`;
  const tricky: ExportClaim[] = [
    { ...claims[0]!, statement: 'Line one\nline two, "quoted" \u2028 and \u{1F600}' },
    { ...claims[1]!, mentions: [] },
    ...claims.slice(2),
  ];

  it('join to JSON.stringify(claimsJson(…), null, 2) and a newline, empty lists included', () => {
    for (const [a, c] of [[articles, claims], [articles, tricky], [[], []], [articles, []], [[], claims]] as const) {
      expect(claimsJsonString(a, c)).toBe(oneJson(a, c));
      expect(claimsJsonString(a, c, { site: 'https://example.org' })).toBe(oneJson(a, c, 'https://example.org'));
    }
  });

  it('yield one piece per article and per claim besides the frame', () => {
    expect([...claimsJsonText(articles, claims)]).toHaveLength(articles.length + 2 * claims.length - 1 + 3);
    expect([...claimsCsvText(articles, claims)]).toHaveLength(1 + claims.length);
  });

  it('join to what one csv-stringify call over every row gives', () => {
    const pieces = [...claimsCsvText(articles, tricky)];
    const header = stringify([], { header: true, columns: [...csvColumns], record_delimiter: 'windows', quoted_match: /[\r\n]/ });
    expect(pieces[0]).toBe(header);
    const rows = parse(claimsCsv(articles, tricky)) as string[][];
    const again = stringify(rows.slice(1), { header: true, columns: [...csvColumns], record_delimiter: 'windows', quoted_match: /[\r\n]/ });
    expect(pieces.join('')).toBe(again);
    expect(claimsCsv([], [])).toBe(header);
  });
});
