import { describe, expect, it } from 'vitest';
import { undrawable } from '../../src/publish/card-font.ts';

describe('what a share card can draw', () => {
  it('draws Latin, Cyrillic, Greek and Vietnamese titles', () => {
    expect(undrawable('Frank Rubio · 21 September 2022 – 27 September 2023')).toEqual([]);
    expect(undrawable('Сергей Крикалёв, Ōmiya, Ελληνικά, Nguyễn')).toEqual([]);
  });

  it('names each character it cannot, once', () => {
    expect(undrawable('若田光一 Koichi Wakata 🚀 若')).toEqual(['若', '田', '光', '一', '🚀']);
  });
});
