using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;

namespace LeakGuard.Engine;

/// <summary>
/// The cheap first pass: finds which keywords occur in a text (ignoring case), so that only the rules whose keywords
/// occur run their pattern. One pass over the text keeps the last three characters, case-folded, and looks them up in
/// a small bit table of the keywords' first three characters (two for two-character keywords); only a hit is checked
/// against the keywords themselves. A general multi-string search over hundreds of keywords costs several times more
/// per character, and every byte of a history goes through here.
/// </summary>
internal sealed class KeywordFilter
{
    private const int TableBits = 16;

    private static readonly int[] AsciiFolded = Enumerable.Range(0, 128).Select(c => c is >= 'A' and <= 'Z' ? c | 0x20 : c).ToArray();

    private readonly string[] keywords;
    private readonly int[][] rulesByKeyword;
    private readonly bool[] alwaysOn;
    private readonly ulong[] table = new ulong[(1 << TableBits) / 64];
    private readonly (int Key, int Keyword, int Fourth)[]?[] candidatesBySlot = new (int, int, int)[]?[1 << TableBits];
    private readonly Dictionary<int, int[]> twoCharacterKeywords;
    private readonly int[] unusual;

    public KeywordFilter(IReadOnlyList<SecretRule> rules)
    {
        var map = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        alwaysOn = new bool[rules.Count];
        for (var i = 0; i < rules.Count; i++)
        {
            var words = rules[i].Keywords.Concat(rules[i].ContextKeywords).Where(k => k.Length > 0).ToList();
            alwaysOn[i] = words.Count == 0;
            foreach (var word in words)
            {
                if (!map.TryGetValue(word, out var list))
                {
                    map[word] = list = new List<int>();
                }

                list.Add(i);
            }
        }

        keywords = map.Keys.ToArray();
        rulesByKeyword = keywords.Select(k => map[k].ToArray()).ToArray();
        var indexed = Enumerable.Range(0, keywords.Length).Where(k => keywords[k].Length >= 2 && keywords[k].All(c => Fold(c) < 128)).ToArray();
        var starts = indexed.SelectMany(k => keywords[k].Length == 2
            ? Enumerable.Range(0, 128).Select(next => (Key: StartKey(keywords[k] + (char)next), Keyword: k))
            : [(Key: StartKey(keywords[k]), Keyword: k)]);
        foreach (var group in starts.GroupBy(s => Slot(s.Key)))
        {
            table[group.Key >> 6] |= 1UL << (group.Key & 63);
            candidatesBySlot[group.Key] = group.Select(s => (s.Key, s.Keyword, FourthOf(keywords[s.Keyword]))).ToArray();
        }

        twoCharacterKeywords = indexed.Where(k => keywords[k].Length == 2).GroupBy(k => StartKey(keywords[k])).ToDictionary(g => g.Key, g => g.ToArray());
        unusual = Enumerable.Range(0, keywords.Length).Except(indexed).ToArray();
    }

    /// <summary>Marks in <paramref name="active"/> the rules whose keywords occur in <paramref name="text"/>.</summary>
    [MethodImpl(Tiering.SkipToOptimized)]
    public void MarkActive(string text, bool[] active)
    {
        Array.Copy(alwaysOn, active, active.Length);
        if (keywords.Length == 0 || string.IsNullOrEmpty(text))
        {
            return;
        }

        foreach (var k in unusual)
        {
            if (text.IndexOf(keywords[k], StringComparison.OrdinalIgnoreCase) >= 0)
            {
                Activate(k, active);
            }
        }

        // Three folded 7-bit characters; "length" counts how many of them are real, after a non-ASCII character.
        var window = 0;
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var folded = FoldedAt(text, i);
            if (folded >= 128)
            {
                EndOfRun(text, i, window, length, active);
                length = 0;
                continue;
            }

            window = ((window << 7) | folded) & 0x1FFFFF;
            if (++length >= 3)
            {
                var slot = Slot(window | (3 << 21));
                if ((table[slot >> 6] & (1UL << slot)) != 0)
                {
                    Verify(text, i - 2, window | (3 << 21), candidatesBySlot[slot]!, active);
                }
            }
        }

        EndOfRun(text, text.Length, window, length, active);
    }

    /// <summary>
    /// The key of a keyword's first characters: two or three folded characters, seven bits each, and how many there
    /// are above them, so that "sk" and "sk-" never share a key.
    /// </summary>
    private static int StartKey(string keyword)
    {
        var count = Math.Min(3, keyword.Length);
        var key = 0;
        for (var i = 0; i < count; i++)
        {
            key = (key << 7) | Fold(keyword[i]);
        }

        return key | (count << 21);
    }

    private static int Slot(int key) => (int)(((uint)key * 0x9E3779B1u) >> (32 - TableBits));

    /// <summary>
    /// The character ordinal case-insensitive comparison would match: upper case folded to lower, and the few
    /// non-ASCII letters whose upper case is ASCII (dotless i, long s) folded the same way.
    /// </summary>
    private static int Fold(char c)
    {
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? c | 0x20 : c;
        }

        var upper = char.ToUpperInvariant(c);
        return upper < 128 ? upper | 0x20 : c;
    }

    /// <summary>
    /// A two-character keyword is found through the character after it; at the end of a run of 7-bit characters there
    /// is none, so the last two are looked up on their own.
    /// </summary>
    private void EndOfRun(string text, int end, int window, int length, bool[] active)
    {
        if (length >= 2 && twoCharacterKeywords.Count > 0 && twoCharacterKeywords.TryGetValue((window & 0x3FFF) | (2 << 21), out var found))
        {
            foreach (var k in found)
            {
                if (string.Compare(text, end - 2, keywords[k], 0, 2, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    Activate(k, active);
                }
            }
        }
    }

    [MethodImpl(Tiering.SkipToOptimized)]
    private void Verify(string text, int start, int key, (int Key, int Keyword, int Fourth)[] candidates, bool[] active)
    {
        foreach (var (candidateKey, k, fourth) in candidates)
        {
            var keyword = keywords[k];
            if (candidateKey == key
                && (fourth < 0 || (start + 3 < text.Length && FoldedAt(text, start + 3) == fourth))
                && !IsActive(k, active)
                && start + keyword.Length <= text.Length
                && string.Compare(text, start, keyword, 0, keyword.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                Activate(k, active);
            }
        }
    }

    /// <summary>
    /// A keyword's fourth character, folded, checked before the whole keyword is compared: most places where a
    /// keyword's first three characters occur are other words ("sec" of "secret" in "second", "section", "security").
    /// -1 if there is none, or it is not 7-bit.
    /// </summary>
    private static int FourthOf(string keyword) => keyword.Length > 3 && Fold(keyword[3]) < 128 ? Fold(keyword[3]) : -1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FoldedAt(string text, int index)
    {
        var c = text[index];
        return c < 128 ? AsciiFolded[c] : Fold(c);
    }

    private bool IsActive(int keyword, bool[] active)
    {
        foreach (var rule in rulesByKeyword[keyword])
        {
            if (!active[rule])
            {
                return false;
            }
        }

        return true;
    }

    private void Activate(int keyword, bool[] active)
    {
        foreach (var rule in rulesByKeyword[keyword])
        {
            active[rule] = true;
        }
    }
}
