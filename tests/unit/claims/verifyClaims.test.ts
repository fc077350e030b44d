import { describe, expect, it } from 'vitest';
import { problemsOf } from '../../helpers/contentProblems.ts';
import { parseClaimsFile, parseNotClaimsFile, type ClaimsFile, type NotClaimsFile } from '../../../src/lib/claims/claimsData.ts';
import { quoteAnchor, verifyClaims, type ArticleText } from '../../../src/lib/claims/verifyClaims.ts';

const articles: ArticleText[] = [
  {
    id: 'alpha',
    passages: [
      { id: 'p-1', text: 'The CSTO said it sent 2,030 soldiers to Kazakhstan.' },
      { id: 'p-2', text: 'President Tokayev called it an attempted coup.' },
      { id: 'p-3', text: 'Officials said the  troops\nwould leave soon.' },
    ],
  },
  {
    id: 'beta',
    passages: [
      { id: 'p-1', text: 'Russia sent 2,500 peacekeepers, an official said.' },
      { id: 'p-2', text: 'Tokayev said it was an attempted coup.' },
    ],
  },
];

const TROOPS = 'content/claims/troops.yaml';

/** A claims file from YAML: `claims` is the indented list under `claims:`. */
const claimsFile = (claims: string, file = TROOPS, topic = 'troops'): ClaimsFile =>
  parseClaimsFile(`topic: ${topic}\nclaims:\n${claims}`, file);

const troopStrength = `  - id: troop-strength
    statement: The CSTO sent troops.
    speaker: the CSTO
    figure: { value: 2030, unit: soldiers }
    mentions:
      - article: beta
        voice: outlet
        figure: 2500
        quotes:
          - "Russia sent 2,500 peacekeepers"
      - article: alpha
        voice: attributed
        attributedTo: the CSTO
        figure: 2030
        quotes:
          - "sent 2,030 soldiers"
          - "to Kazakhstan"
`;

const coup = `  - id: attempted-coup
    statement: Tokayev called it an attempted coup.
    speaker: Kassym-Jomart Tokayev
    mentions:
      - article: alpha
        voice: attributed
        attributedTo: Kassym-Jomart Tokayev
        quotes: ["called it an attempted coup"]
      - article: beta
        voice: attributed
        attributedTo: Kassym-Jomart Tokayev
        quotes: ["it was an attempted coup"]
`;

const leave = `  - id: troops-leave
    statement: The troops will leave soon.
    speaker: officials
    mentions:
      - article: alpha
        voice: outlet
        quotes: ["the troops would leave soon"]
`;

const goodFile = () => claimsFile(troopStrength + coup + leave);

describe('verifyClaims: resolving quotes', () => {
  const { claims, numbers } = verifyClaims([goodFile()], articles, null);
  const byId = (id: string) => claims.find((c) => c.id === id)!;

  it('returns every claim with its topic, file and line', () => {
    expect(claims.map((c) => c.id)).toEqual(['troop-strength', 'attempted-coup', 'troops-leave']);
    expect(byId('troop-strength')).toMatchObject({
      topic: 'troops',
      file: TROOPS,
      line: 3,
      speaker: 'the CSTO',
      figure: { value: 2030, unit: 'soldiers' },
    });
    expect(byId('attempted-coup').figure).toBeNull();
  });

  it('resolves each quote to its paragraph and offsets, with anchors q-<id>, q-<id>-2', () => {
    const alpha = byId('troop-strength').mentions.find((m) => m.article === 'alpha')!;
    const text = articles[0]!.passages[0]!.text;
    expect(alpha.quotes).toEqual([
      { text: 'sent 2,030 soldiers', paragraph: 'p-1', start: text.indexOf('sent'), end: text.indexOf(' to'), anchor: 'q-troop-strength' },
      { text: 'to Kazakhstan', paragraph: 'p-1', start: text.indexOf('to K'), end: text.length - 1, anchor: 'q-troop-strength-2' },
    ]);
  });

  it('maps a quote across white-space differences back to the original offsets', () => {
    const [quote] = byId('troops-leave').mentions[0]!.quotes;
    const text = articles[0]!.passages[2]!.text;
    expect(quote?.paragraph).toBe('p-3');
    expect(text.slice(quote!.start, quote!.end)).toBe('the  troops\nwould leave soon');
  });

  it('sorts mentions in article order, whatever the order in the file', () => {
    expect(byId('troop-strength').mentions.map((m) => m.article)).toEqual(['alpha', 'beta']);
  });

  it('fills absent mention fields with null / {}', () => {
    const beta = byId('troop-strength').mentions[1]!;
    expect(beta).toMatchObject({ article: 'beta', voice: 'outlet', attributedTo: null, figure: 2500, details: {} });
  });

  it('computes divergence: figures and sources that differ', () => {
    const claim = byId('troop-strength');
    expect(claim.divergent).toBe(true);
    expect(claim.differences.map((d) => d.field)).toEqual(['figure', 'source']);
    expect(claim.differences[0]).toEqual({
      field: 'figure',
      label: 'figure',
      values: [
        { article: 'alpha', value: '2,030' },
        { article: 'beta', value: '2,500' },
      ],
      note: 'The figures contradict each other: 2,030 contradicts 2,500.',
    });
  });

  it('a claim whose mentions agree is not divergent', () => {
    expect(byId('attempted-coup').divergent).toBe(false);
    expect(byId('attempted-coup').differences).toEqual([]);
    expect(byId('troops-leave').divergent).toBe(false);
  });

  it('reports which numbers the quotes cover, per article', () => {
    expect(numbers.alpha?.covered.map((n) => n.number)).toEqual(['2,030']);
    expect(numbers.beta?.covered.map((n) => n.number)).toEqual(['2,500']);
    expect(numbers.alpha?.uncovered).toEqual([]);
  });

  it('quoteAnchor numbers the second and later quotes from 2', () => {
    expect([0, 1, 2].map((i) => quoteAnchor('x', i))).toEqual(['q-x', 'q-x-2', 'q-x-3']);
  });
});

describe('verifyClaims: every problem, thrown together', () => {
  it('a duplicate claim id names where it was first defined', () => {
    const first = goodFile();
    const second = claimsFile(
      `  - id: other
    statement: S
    speaker: X
    mentions:
      - article: beta
        voice: outlet
        quotes: ["Tokayev said"]
  - id: attempted-coup
    statement: Again.
    speaker: X
    mentions:
      - article: beta
        voice: outlet
        quotes: ["Tokayev said"]
`,
      'content/claims/characterisation.yaml',
      'characterisation',
    );
    const problems = problemsOf(() => verifyClaims([first, second], articles, null));
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/claims/characterisation.yaml',
        line: 10,
        id: 'attempted-coup',
        message: `Duplicate claim id "attempted-coup" (first defined at ${TROOPS}:20).`,
      }),
    ]);
  });

  it('an unknown article lists the valid ids', () => {
    const file = claimsFile(`  - id: x
    statement: S
    speaker: X
    mentions:
      - article: gamma
        voice: outlet
        quotes: ["anything"]
`);
    const problems = problemsOf(() => verifyClaims([file], articles, null));
    expect(problems).toEqual([
      expect.objectContaining({ file: TROOPS, line: 7, id: 'x', message: 'Unknown article "gamma".' }),
    ]);
    expect(problems[0]?.hint).toContain('alpha, beta');
  });

  it('an article mentioned twice in one claim', () => {
    const file = claimsFile(`  - id: x
    statement: S
    speaker: X
    mentions:
      - article: alpha
        voice: outlet
        quotes: ["an attempted coup"]
      - article: alpha
        voice: outlet
        quotes: ["Tokayev called"]
`);
    const problems = problemsOf(() => verifyClaims([file], articles, null));
    expect(problems).toEqual([
      expect.objectContaining({ file: TROOPS, line: 10, id: 'x', message: 'Article "alpha" is mentioned twice in this claim.' }),
    ]);
  });

  it('a quote not found names the file, the claim, the article and the closest passage', () => {
    const file = claimsFile(`  - id: coup-claim
    statement: S
    speaker: X
    mentions:
      - article: beta
        voice: outlet
        quotes:
          - "Tokayev said"
          - "Tokayev said it was an attempted coup d'etat"
`);
    const problems = problemsOf(() => verifyClaims([file], articles, null));
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem).toMatchObject({ file: TROOPS, line: 11, id: 'coup-claim' });
    expect(problem?.message).toMatch(/^Quote not found in article "beta": "Tokayev said it was an attempted coup d'etat"\./);
    expect(problem?.message).toContain('Closest passage (p-2): "Tokayev said it was an attempted coup.');
    // The thrown error's text carries the file, line and claim id.
    const message = (() => {
      try {
        verifyClaims([file], articles, null);
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    })();
    expect(message).toContain(`${TROOPS}:11: [coup-claim] Quote not found in article "beta"`);
  });

  it('a number in the text that no quote covers, and none excuses', () => {
    const withNumber: ArticleText[] = [
      ...articles,
      {
        id: 'gamma',
        passages: [
          { id: 'p-1', text: 'Nothing to see.' },
          { id: 'p-2', text: 'Police detained 7,939 people across the country.' },
        ],
      },
    ];
    const problems = problemsOf(() => verifyClaims([goodFile()], withNumber, null));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.id).toBe('gamma#p-2');
    expect(problems[0]?.message).toMatch(/^The number "7,939" in p-2 \(.*7,939.*\) is in no claim's quote\.$/);
  });

  it('an uncovered number is reported at the article file and the paragraph line, when known', () => {
    const withNumber: ArticleText[] = [
      ...articles,
      { id: 'gamma', file: 'content/articles/gamma.txt', passages: [{ id: 'p-1', text: 'Losses of 2.5 billion.', line: 5 }] },
    ];
    const problems = problemsOf(() => verifyClaims([goodFile()], withNumber, null));
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/articles/gamma.txt', line: 5, id: 'gamma#p-1' }),
    ]);
    expect(problems[0]?.message).toMatch(/^The number "2\.5" in p-1 /);
  });

  it('a draft’s uncovered numbers are listed for the editorial report; reviewed, they fail the build', () => {
    const gamma = { id: 'gamma', file: 'content/articles/gamma.txt', passages: [{ id: 'p-1', text: 'Losses of 2.5 billion.', line: 5 }] };
    const { numbers } = verifyClaims([goodFile()], [...articles, { ...gamma, draft: true }], null);
    expect(numbers.gamma?.uncovered.map((n) => [n.paragraph, n.number])).toEqual([['p-1', '2.5']]);
    const problems = problemsOf(() => verifyClaims([goodFile()], [...articles, { ...gamma, draft: false }], null));
    expect(problems.map((p) => p.id)).toEqual(['gamma#p-1']);
  });

  it('a quote that is not found is reported without echoing its numbers as uncovered', () => {
    const file = claimsFile(troopStrength.replace('"sent 2,030 soldiers"', '"sent 2,030 troops"') + coup + leave);
    const problems = problemsOf(() => verifyClaims([file], articles, null));
    expect(problems.map((p) => p.message.slice(0, 15))).toEqual(['Quote not found']);
  });

  it('a not-claims entry excuses a number', () => {
    const withNumber: ArticleText[] = [...articles, { id: 'gamma', passages: [{ id: 'p-1', text: 'On Habar 24 tonight.' }] }];
    const notClaims = parseNotClaimsFile(
      'notClaims:\n  - article: gamma\n    paragraph: p-1\n    number: "24"\n    reason: Part of a channel name, not a figure.\n',
      'content/claims/not-claims.yaml',
    );
    const { numbers } = verifyClaims([goodFile()], withNumber, notClaims);
    expect(numbers.gamma?.excused.map((n) => n.number)).toEqual(['24']);
    expect(numbers.gamma?.uncovered).toEqual([]);
  });

  it('a stale not-claims entry is an error at its line', () => {
    const notClaims: NotClaimsFile = parseNotClaimsFile(
      'notClaims:\n  - article: alpha\n    paragraph: p-2\n    number: "2,030"\n    reason: The number is not in this paragraph.\n',
      'content/claims/not-claims.yaml',
    );
    const problems = problemsOf(() => verifyClaims([goodFile()], articles, notClaims));
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/claims/not-claims.yaml',
        line: 2,
        id: 'alpha#p-2',
        message: 'No uncovered number "2,030" in p-2: the entry is stale or the number is already quoted.',
      }),
    ]);
  });

  it('a not-claims entry for an unknown article', () => {
    const notClaims = parseNotClaimsFile(
      'notClaims:\n  - article: nowhere\n    paragraph: p-1\n    number: "1"\n    reason: An entry for an article that is not there.\n',
      'content/claims/not-claims.yaml',
    );
    const problems = problemsOf(() => verifyClaims([goodFile()], articles, notClaims));
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/claims/not-claims.yaml', line: 2, message: 'Unknown article "nowhere".' }),
    ]);
  });

  it('collects several claim problems into one ContentError', () => {
    const file = claimsFile(`  - id: x
    statement: S
    speaker: X
    mentions:
      - article: gamma
        voice: outlet
        quotes: ["anything"]
      - article: alpha
        voice: outlet
        quotes: ["not in the text at all"]
  - id: x
    statement: S
    speaker: X
    mentions:
      - article: beta
        voice: outlet
        quotes: ["Tokayev said"]
`);
    const problems = problemsOf(() => verifyClaims([file], articles, null));
    expect(problems.map((p) => p.message.split(' ').slice(0, 3).join(' '))).toEqual([
      'Unknown article "gamma".',
      'Quote not found',
      'Duplicate claim id',
    ]);
    expect(problems.map((p) => p.line)).toEqual([7, 12, 13]);
  });
});
