import { describe, expect, it } from 'vitest';
import { alignPassages, DEFAULT_ALIGN, type AlignInput } from '../../../src/lib/drafting/alignPassages.ts';
import { parseFigures } from '../../../src/lib/figures/parseFigures.ts';
import { termOf, termsOf } from '../../../src/lib/drafting/wording.ts';

const input = (articleIndex: number, text: string, speaker: string | null = null): AlignInput => ({
  articleIndex,
  terms: termsOf(text),
  speaker,
  quantities: parseFigures(text)
    .filter((f) => f.role === 'quantity' && f.unit !== null)
    .map((figure) => ({ unit: termOf(figure.unit as string) as string, figure })),
});

describe('alignPassages', () => {
  it('groups one assertion across articles, at most one passage per article in the first pass', () => {
    const { groups } = alignPassages(
      [
        input(0, 'The interior ministry said 7,939 people had been detained across the country.'),
        input(1, 'The ministry said that 7,939 people have been arrested across the country.'),
        input(1, 'Shops reopened in the capital on Tuesday morning.'),
        input(2, 'Flights resumed from the main airport on Monday.'),
      ],
      { ...DEFAULT_ALIGN, mergeGroups: false },
    );
    expect(groups).toEqual([[0, 1], [2], [3]]);
  });

  it('lowers the similarity of the same words from different speakers', () => {
    const a = [input(0, 'The operation would end soon with the mission complete.', 'Kassym-Jomart Tokayev'), input(1, 'The operation would end soon with the mission complete.', 'Vladimir Putin')];
    const same = [input(0, 'The operation would end soon with the mission complete.', 'Vladimir Putin'), input(1, 'The operation would end soon with the mission complete.', 'Vladimir Putin')];
    expect(alignPassages(a).similarity(0, 1)).toBeCloseTo(alignPassages(same).similarity(0, 1) * DEFAULT_ALIGN.otherSpeaker);
  });

  it('helps figures of one unit that agree, and figures of a specific unit that contradict, but not contradicting counts of people', () => {
    const pair = (x: string, y: string) => alignPassages([input(0, x), input(1, y), input(2, 'Unrelated words about weather and rain today.')]).similarity(0, 1);
    const bare = (x: string, y: string) =>
      alignPassages([input(0, x), input(1, y), input(2, 'Unrelated words about weather and rain today.')], { ...DEFAULT_ALIGN, sameUnit: 0 }).similarity(0, 1);
    expect(pair('The mission includes 2,030 soldiers in the region.', 'The alliance sent 2,500 peacekeepers to the region.')).toBeCloseTo(
      bare('The mission includes 2,030 soldiers in the region.', 'The alliance sent 2,500 peacekeepers to the region.') + DEFAULT_ALIGN.sameUnit,
    );
    expect(pair('At least 160 people were killed in the region.', 'In the region 164 people died.')).toBeCloseTo(
      bare('At least 160 people were killed in the region.', 'In the region 164 people died.') + DEFAULT_ALIGN.sameUnit,
    );
    expect(pair('About 125 people were killed in the region.', 'In the region 164 people died.')).toBeCloseTo(bare('About 125 people were killed in the region.', 'In the region 164 people died.'));
  });

  it('merges groups of one assertion in a second pass, several passages of one article included', () => {
    const filler = ['Bread prices doubled at the market.', 'Rain fell on the northern hills.', 'The train to the coast was late.', 'A new bridge opened over the river.', 'Schools stayed closed for the holiday.', 'The football final ended in a draw.', 'Farmers sold their wheat early.', 'A museum reopened its doors.'];
    const inputs = [
      input(0, 'The leaders held an extraordinary online meeting of the security alliance.'),
      input(0, 'The security alliance leaders met online, in an extraordinary session.'),
      input(1, 'Leaders of the security alliance held an extraordinary online meeting.'),
      input(2, 'Security alliance leaders met in an extraordinary online session.'),
      ...filler.map((text, k) => input(3 + (k % 3), text)),
    ];
    const firstPass = alignPassages(inputs, { ...DEFAULT_ALIGN, mergeGroups: false }).groups;
    expect(firstPass.some((g) => g.includes(0) && g.includes(1))).toBe(false);
    expect(alignPassages(inputs).groups[0]).toEqual([0, 1, 2, 3]);
  });
});
