import { describe, expect, it } from 'vitest';
import { problemsOf } from '../../helpers/contentProblems.ts';
import { parseClaimsFile, parseNotClaimsFile } from '../../../src/lib/claims/claimsData.ts';

const FILE = 'content/claims/troops.yaml';
const NOT_CLAIMS = 'content/claims/not-claims.yaml';

const valid = `topic: troops
claims:
  - id: csto-troop-strength
    statement: The CSTO sent 2,030 troops.
    speaker: the CSTO
    figure: { value: 2030, unit: troops }
    mentions:
      - article: first-article
        voice: attributed
        attributedTo: the CSTO
        figure: 2030
        details:
          when: Thursday
        quotes:
          - "2,030 soldiers"
          - "sent to Kazakhstan"
      - article: second-article
        voice: outlet
        figure: 2500
        quotes:
          - "2,500 peacekeepers"

  - id: troops-withdraw
    statement: The troops will leave.
    speaker: the outlet
    mentions:
      - article: second-article
        voice: outlet
        quotes: ["will leave"]
`;

/** A claims file with one claim whose body (indented under `- `) is given. */
const withClaim = (body: string) => `topic: troops\nclaims:\n${body}`;
const claimProblems = (body: string) => problemsOf(() => parseClaimsFile(withClaim(body), FILE));

describe('parseClaimsFile: a valid file', () => {
  const parsed = parseClaimsFile(valid, FILE);

  it('keeps the file name, topic and the claims in order', () => {
    expect(parsed.file).toBe(FILE);
    expect(parsed.topic).toBe('troops');
    expect(parsed.claims.map((c) => c.id)).toEqual(['csto-troop-strength', 'troops-withdraw']);
  });

  it('keeps the claim fields as written', () => {
    const [first, second] = parsed.claims;
    expect(first?.statement).toBe('The CSTO sent 2,030 troops.');
    expect(first?.figure).toEqual({ value: 2030, unit: 'troops' });
    expect(first?.mentions[0]).toEqual({
      article: 'first-article',
      voice: 'attributed',
      attributedTo: 'the CSTO',
      figure: 2030,
      details: { when: 'Thursday' },
      quotes: ['2,030 soldiers', 'sent to Kazakhstan'],
    });
    expect(first?.mentions[1]?.attributedTo).toBeUndefined();
    expect(second?.figure).toBeUndefined();
  });

  it('records the line of each claim', () => {
    expect(parsed.claims.map((c) => c.line)).toEqual([3, 23]);
  });

  it('records the line of each mention', () => {
    expect(parsed.claims.map((c) => c.mentionLines)).toEqual([[8, 17], [27]]);
  });

  it('records the line of each quote, per mention', () => {
    expect(parsed.claims.map((c) => c.quoteLines)).toEqual([[[15, 16], [21]], [[29]]]);
  });

  it('parses a file with no claims', () => {
    expect(parseClaimsFile('topic: empty\nclaims: []\n', FILE).claims).toEqual([]);
  });
});

describe('parseClaimsFile: validation errors name the file, the line and the problem', () => {
  it('an empty statement', () => {
    const problems = claimProblems(`  - id: a-claim
    statement: "  "
    speaker: X
    mentions:
      - article: a
        voice: outlet
        quotes: ["q"]
`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, line: 4, message: 'claims.0.statement: the statement cannot be empty' });
    expect(problems[0]?.hint).toMatch(/\S/);
  });

  it('a figure without a unit', () => {
    const problems = claimProblems(`  - id: a-claim
    statement: S
    speaker: X
    figure: { value: 3 }
    mentions:
      - article: a
        voice: outlet
        quotes: ["q"]
`);
    expect(problems).toEqual([expect.objectContaining({ file: FILE, line: 6, message: 'claims.0.figure.unit: a figure needs a unit' })]);
  });

  it('a figure with a blank unit', () => {
    const problems = claimProblems(`  - id: a-claim
    statement: S
    speaker: X
    figure:
      value: 3
      unit: " "
    mentions:
      - article: a
        voice: outlet
        quotes: ["q"]
`);
    expect(problems).toEqual([expect.objectContaining({ file: FILE, line: 8, message: 'claims.0.figure.unit: a figure needs a unit' })]);
  });

  it.each(['Bad-Id', 'snake_case', 'double--hyphen', '-leading', 'trailing-', 'with space'])('an id that is not kebab-case: %j', (id) => {
    const problems = claimProblems(`  - statement: S
    speaker: X
    id: "${id}"
    mentions:
      - article: a
        voice: outlet
        quotes: ["q"]
`);
    expect(problems).toEqual([
      expect.objectContaining({
        file: FILE,
        line: 5,
        message: 'claims.0.id: must be kebab-case: lowercase letters, digits and single hyphens',
      }),
    ]);
  });

  it('an attributed mention without attributedTo (reported on the mention)', () => {
    const problems = claimProblems(`  - id: a-claim
    statement: S
    speaker: X
    mentions:
      - article: a
        voice: outlet
        quotes: ["q"]
      - article: b
        voice: attributed
        quotes: ["q"]
`);
    expect(problems).toEqual([
      expect.objectContaining({
        file: FILE,
        line: 10,
        message: 'claims.0.mentions.1.attributedTo: an attributed mention needs attributedTo: the source the article names',
      }),
    ]);
  });

  it('an outlet-voice mention with attributedTo (reported on the attributedTo line)', () => {
    const problems = claimProblems(`  - id: a-claim
    statement: S
    speaker: X
    mentions:
      - article: a
        voice: outlet
        attributedTo: Someone
        quotes: ["q"]
`);
    expect(problems).toEqual([
      expect.objectContaining({
        file: FILE,
        line: 9,
        message: 'claims.0.mentions.0.attributedTo: a mention in the outlet’s own voice has no attributedTo',
      }),
    ]);
  });

  it('a mention with no quotes', () => {
    const problems = claimProblems(`  - id: a-claim
    statement: S
    speaker: X
    mentions:
      - article: a
        voice: outlet
        quotes: []
`);
    expect(problems).toEqual([
      expect.objectContaining({ file: FILE, line: 9, message: 'claims.0.mentions.0.quotes: give at least one verbatim quote' }),
    ]);
  });

  it('an empty quote, reported on its own line', () => {
    const problems = claimProblems(`  - id: a-claim
    statement: S
    speaker: X
    mentions:
      - article: a
        voice: outlet
        quotes:
          - "fine"
          - "   "
`);
    expect(problems).toEqual([
      expect.objectContaining({ file: FILE, line: 11, message: 'claims.0.mentions.0.quotes.1: a quote cannot be empty' }),
    ]);
  });

  it('an unknown key (a typo) names the key', () => {
    const problems = claimProblems(`  - id: a-claim
    statement: S
    speaker: X
    mentions:
      - article: a
        voice: outlet
        figur: 3
        quotes: ["q"]
`);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe(FILE);
    expect(problems[0]?.message).toMatch(/^claims\.0\.mentions\.0: /);
    expect(problems[0]?.message).toContain('"figur"');
  });

  it('an unknown key is reported on the line of that key', () => {
    const problems = claimProblems(`  - id: a-claim
    statement: S
    speaker: X
    mentions:
      - article: a
        voice: outlet
        quotes: ["q"]
    statment: typo
`);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('"statment"');
    expect(problems[0]?.line).toBe(10);
  });

  it('a claim without mentions', () => {
    const problems = claimProblems(`  - id: a-claim
    statement: S
    speaker: X
    mentions: []
`);
    expect(problems).toEqual([
      expect.objectContaining({ file: FILE, line: 6, message: 'claims.0.mentions: a claim needs at least one mention' }),
    ]);
  });

  it('collects every problem of the file in one ContentError', () => {
    const problems = claimProblems(`  - id: Bad_Id
    statement: ""
    speaker: X
    mentions:
      - article: a
        voice: outlet
        quotes: ["q"]
  - id: second
    statement: S
    speaker: X
    mentions:
      - article: a
        voice: attributed
        quotes: [""]
`);
    expect(problems.map((p) => [p.line, p.message.split(':')[0]]).sort()).toEqual(
      [
        [3, 'claims.0.id'],
        [4, 'claims.0.statement'],
        [14, 'claims.1.mentions.0.attributedTo'],
        [16, 'claims.1.mentions.0.quotes.0'],
      ].sort(),
    );
  });

  it('invalid YAML is a ContentError at the line of the syntax error', () => {
    const problems = problemsOf(() => parseClaimsFile('topic: troops\nclaims:\n  - id: "unterminated\n', FILE));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]?.file).toBe(FILE);
    expect(problems[0]?.message).toMatch(/^This is not valid YAML: /);
  });

  it('the error message names the file and line in the `file:line:` form', () => {
    try {
      parseClaimsFile(withClaim('  - id: x\n    statement: ""\n    speaker: X\n    mentions: [{ article: a, voice: outlet, quotes: [q] }]\n'), FILE);
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toContain(`${FILE}:4: claims.0.statement: the statement cannot be empty`);
    }
  });
});

describe('parseNotClaimsFile', () => {
  it('parses entries and records their lines', () => {
    const parsed = parseNotClaimsFile(
      `notClaims:
  - article: first-article
    paragraph: p-16
    number: "24"
    reason: Part of the TV channel's name, not a figure.

  - article: second-article
    paragraph: p-3
    number: "1,770"
    reason: The length of a border, background only.
`,
      NOT_CLAIMS,
    );
    expect(parsed.file).toBe(NOT_CLAIMS);
    expect(parsed.notClaims).toEqual([
      { article: 'first-article', paragraph: 'p-16', number: '24', reason: "Part of the TV channel's name, not a figure.", line: 2 },
      { article: 'second-article', paragraph: 'p-3', number: '1,770', reason: 'The length of a border, background only.', line: 7 },
    ]);
  });

  it('an entry with a too-short reason', () => {
    const problems = problemsOf(() =>
      parseNotClaimsFile('notClaims:\n  - article: a\n    paragraph: p-2\n    number: "24"\n    reason: short\n', NOT_CLAIMS),
    );
    expect(problems).toEqual([
      expect.objectContaining({ file: NOT_CLAIMS, line: 5, message: 'notClaims.0.reason: say why this number is not a claim' }),
    ]);
  });

  it('an entry without a reason is reported on the entry, asking for a reason', () => {
    const problems = problemsOf(() =>
      parseNotClaimsFile('notClaims:\n  - article: a\n    paragraph: p-2\n    number: "24"\n', NOT_CLAIMS),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: NOT_CLAIMS, line: 2 });
    expect(problems[0]?.message).toBe('notClaims.0.reason: say why this number is not a claim');
  });

  it('rejects a paragraph that is not a p-N id and a number that is not written in digits', () => {
    const problems = problemsOf(() =>
      parseNotClaimsFile(
        'notClaims:\n  - article: a\n    paragraph: para-2\n    number: "twenty"\n    reason: A long enough reason.\n',
        NOT_CLAIMS,
      ),
    );
    expect(problems.map((p) => [p.line, p.message.split(':')[0]])).toEqual([
      [3, 'notClaims.0.paragraph'],
      [4, 'notClaims.0.number'],
    ]);
  });
});
