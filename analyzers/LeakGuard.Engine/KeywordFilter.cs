using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
#if NET
using System.Runtime.InteropServices;
using Text = System.ReadOnlySpan<char>;
#else
using Text = string;
#endif

namespace LeakGuard.Engine;

/// <summary>
/// The cheap first pass: finds which keywords occur in a text (ignoring case), so that only the rules whose keywords
/// occur run their pattern. One pass over the text keeps the last three characters, case-folded, and looks them up in
/// a small bit table of the keywords' first three characters (a two-character keyword with every character that can
/// follow it); only a hit is checked against the keywords themselves. A general multi-string search over hundreds of
/// keywords costs several times more per character, and every byte of a history goes through here.
/// </summary>
internal sealed class KeywordFilter
{
    private const int TableBits = 16;

    /// <summary>
    /// Every character folded as <see cref="Fold"/> does, or 0 when it folds to no 7-bit character: no keyword in the
    /// table holds one, so a 0 in the last three characters never matches a three-character start.
    /// </summary>
    private static readonly byte[] Folded = Enumerable.Range(0, char.MaxValue + 1).Select(c => (byte)(Fold((char)c) is var f && f < 128 ? f : 0)).ToArray();

    private readonly string[] keywords;
    private readonly int[][] rulesByKeyword;
    private readonly bool[] alwaysOn;
    private readonly ulong[] table = new ulong[(1 << TableBits) / 64];
    private readonly (int Key, int Keyword, int Fourth)[]?[] candidatesBySlot = new (int, int, int)[]?[1 << TableBits];
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
        var indexed = Enumerable.Range(0, keywords.Length).Where(k => keywords[k].Length >= 2 && keywords[k].All(c => Folded[c] != 0)).ToArray();
        var starts = indexed.SelectMany(k => keywords[k].Length == 2
            ? Enumerable.Range(0, 128).Select(next => (Key: (StartKey(keywords[k]) << 7) | next, Keyword: k))
            : [(Key: StartKey(keywords[k]), Keyword: k)]);
        foreach (var group in starts.GroupBy(s => Slot(s.Key)))
        {
            table[group.Key >> 6] |= 1UL << (group.Key & 63);
            candidatesBySlot[group.Key] = group.Select(s => (s.Key, s.Keyword, FourthOf(keywords[s.Keyword]))).ToArray();
        }

        unusual = Enumerable.Range(0, keywords.Length).Except(indexed).ToArray();
    }

    /// <summary>Marks in <paramref name="active"/> the rules whose keywords occur in <paramref name="text"/>.</summary>
    [MethodImpl(Tiering.SkipToOptimized)]
    public void MarkActive(Text text, bool[] active)
    {
        Array.Copy(alwaysOn, active, active.Length);
        if (keywords.Length == 0 || text.Length == 0)
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

        // The last three characters, folded, seven bits each.
        var window = 0;
        for (var i = 0; i < text.Length; i++)
        {
            window = ((window << 7) | FoldedAt(text, i)) & 0x1FFFFF;
            Look(text, i - 2, window, active);
        }

        // A two-character keyword at the end is found through a 0 after it, as before a character that folds to none.
        Look(text, text.Length - 2, (window << 7) & 0x1FFFFF, active);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Look(Text text, int start, int key, bool[] active)
    {
        var slot = Slot(key);
        if ((table[slot >> 6] & (1UL << slot)) != 0)
        {
            Verify(text, start, key, candidatesBySlot[slot]!, active);
        }
    }

    /// <summary>The key of a keyword's first two or three characters: folded, seven bits each.</summary>
    private static int StartKey(string keyword)
    {
        var key = 0;
        for (var i = 0; i < Math.Min(3, keyword.Length); i++)
        {
            key = (key << 7) | Folded[keyword[i]];
        }

        return key;
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

    [MethodImpl(Tiering.SkipToOptimized)]
    private void Verify(Text text, int start, int key, (int Key, int Keyword, int Fourth)[] candidates, bool[] active)
    {
        foreach (var (candidateKey, k, fourth) in candidates)
        {
            var keyword = keywords[k];
            if (candidateKey == key
                && (fourth < 0 || (start + 3 < text.Length && FoldedAt(text, start + 3) == fourth))
                && !IsActive(k, active)
                && start + keyword.Length <= text.Length
                && EqualsIgnoringCase(text, start, keyword))
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
    private static int FourthOf(string keyword) => keyword.Length > 3 && Folded[keyword[3]] != 0 ? Folded[keyword[3]] : -1;

    private static bool EqualsIgnoringCase(Text text, int start, string keyword) =>
#if NET
        text.Slice(start, keyword.Length).Equals(keyword, StringComparison.OrdinalIgnoreCase);
#else
        string.Compare(text, start, keyword, 0, keyword.Length, StringComparison.OrdinalIgnoreCase) == 0;
#endif

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FoldedAt(Text text, int index) =>
#if NET
        // The table has an entry for every char value: no bounds check needed, and this loop sees every character.
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Folded), text[index]);
#else
        Folded[text[index]];
#endif

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
