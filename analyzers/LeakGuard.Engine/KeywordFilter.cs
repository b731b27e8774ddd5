using System;
using System.Collections.Generic;
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
/// occur run their pattern. One pass over the text takes the three characters from each position, case-folded, as a
/// 21-bit key and looks it up in a bit table of the keywords' first three characters (a two-character keyword with
/// every character that can follow it); only a hit is checked against the keywords themselves, in their case where the
/// keyword is a literal of a pattern that matches case. A general multi-string search over hundreds of keywords costs
/// several times more per character, and every byte of a history goes through here.
/// </summary>
internal sealed class KeywordFilter
{
    private const int KeyBits = 21;
    private const int KeyMask = (1 << KeyBits) - 1;

    /// <summary>The keywords that start with a key are found through a hash of it: looked up on hits only.</summary>
    private const int CandidateBits = 12;

    /// <summary>
    /// Every character folded as <see cref="Fold"/> does, or 0 when it folds to no 7-bit character: no keyword in the
    /// table holds one, so a 0 in the last three characters never matches a three-character start.
    /// </summary>
    private static readonly byte[] Folded = FoldTable();

    private readonly string[] keywords;
    private readonly bool[] matchCase;
    private readonly int[][] rulesByKeyword;
    private readonly bool[] alwaysOn;

    /// <summary>One bit for every key, set for the keys keywords start with: a quarter of a megabyte, in which a text's common keys stay cached.</summary>
    private readonly ulong[] starts = new ulong[(1 << KeyBits) / 64];
    private readonly (int Key, int Keyword, int Fourth)[]?[] candidatesBySlot = new (int, int, int)[]?[1 << CandidateBits];
    private readonly int[] unusual;

    // Built with loops over arrays: LINQ over tuples would be compiled at run time in every process that scans, as the
    // precompiled framework holds no code for those instantiations.
    public KeywordFilter(IReadOnlyList<SecretRule> rules)
    {
        var ignoringCase = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        var inCase = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        alwaysOn = new bool[rules.Count];
        for (var i = 0; i < rules.Count; i++)
        {
            // A rule's own keywords are what its pattern needs; its context keywords only what a match needs around it
            // ("uid" or "host" near a connection string's password), so they switch on only a rule that has no keywords.
            alwaysOn[i] = true;
            foreach (var word in rules[i].Keywords.Count > 0 ? rules[i].Keywords : rules[i].ContextKeywords)
            {
                if (word.Length == 0)
                {
                    continue;
                }

                alwaysOn[i] = false;
                var map = MatchesCase(rules[i], word) ? inCase : ignoringCase;
                if (!map.TryGetValue(word, out var list))
                {
                    map[word] = list = new List<int>();
                }

                list.Add(i);
            }
        }

        var count = ignoringCase.Count + inCase.Count;
        keywords = new string[count];
        matchCase = new bool[count];
        rulesByKeyword = new int[count][];
        var next = 0;
        foreach (var map in new[] { ignoringCase, inCase })
        {
            foreach (var entry in map)
            {
                keywords[next] = entry.Key;
                matchCase[next] = map == inCase;
                rulesByKeyword[next++] = entry.Value.ToArray();
            }
        }

        var slotSizes = new int[1 << CandidateBits];
        var unusualKeywords = new List<int>();
        for (var k = 0; k < keywords.Length; k++)
        {
            if (!IsIndexed(keywords[k]))
            {
                unusualKeywords.Add(k);
                continue;
            }

            foreach (var key in KeysOf(keywords[k]))
            {
                starts[key >> 6] |= 1UL << (key & 63);
                slotSizes[Slot(key)]++;
            }
        }

        for (var k = 0; k < keywords.Length; k++)
        {
            if (IsIndexed(keywords[k]))
            {
                foreach (var key in KeysOf(keywords[k]))
                {
                    var slot = Slot(key);
                    var candidates = candidatesBySlot[slot] ??= new (int, int, int)[slotSizes[slot]];
                    candidates[candidates.Length - slotSizes[slot]--] = (key, k, FourthOf(keywords[k]));
                }
            }
        }

        unusual = unusualKeywords.ToArray();
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
            if (text.IndexOf(keywords[k], matchCase[k] ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase) >= 0)
            {
                Activate(k, active);
            }
        }

        // The last characters, folded, seven bits each; the key is the last three. Masked apart from the shifting, so
        // that each character adds one shift and one or to the chain from one iteration to the next.
        var last = 0u;
        var starts = this.starts;
        for (var i = 0; i < text.Length; i++)
        {
            last = (last << 7) | FoldedAt(text, i);
            var key = (int)(last & KeyMask);
            if (StartsKeyword(starts, key))
            {
                Verify(text, i - 2, key, active);
            }
        }

        // A two-character keyword at the end is found through a 0 after it, as before a character that folds to none.
        var end = (int)((last << 7) & KeyMask);
        if (StartsKeyword(starts, end))
        {
            Verify(text, text.Length - 2, end, active);
        }
    }

    private static byte[] FoldTable()
    {
        var table = new byte[char.MaxValue + 1];
        for (var c = 0; c < table.Length; c++)
        {
            var folded = Fold((char)c);
            table[c] = folded < 128 ? (byte)folded : (byte)0;
        }

        return table;
    }

    /// <summary>Whether the bit table finds <paramref name="keyword"/>: two characters or more, each folding to a 7-bit one.</summary>
    private static bool IsIndexed(string keyword)
    {
        if (keyword.Length < 2)
        {
            return false;
        }

        foreach (var c in keyword)
        {
            if (Folded[c] == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The keys under which the table finds <paramref name="keyword"/>: a two-character one with every character that can follow it.</summary>
    private static int[] KeysOf(string keyword)
    {
        var start = StartKey(keyword);
        if (keyword.Length > 2)
        {
            return [start];
        }

        var keys = new int[128];
        for (var following = 0; following < keys.Length; following++)
        {
            keys[following] = (start << 7) | following;
        }

        return keys;
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

    private static int Slot(int key) => (int)(((uint)key * 0x9E3779B1u) >> (32 - CandidateBits));

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
    private void Verify(Text text, int start, int key, bool[] active)
    {
        foreach (var (candidateKey, k, fourth) in candidatesBySlot[Slot(key)]!)
        {
            var keyword = keywords[k];
            if (candidateKey == key
                && (fourth < 0 || (start + 3 < text.Length && FoldedAt(text, start + 3) == fourth))
                && !IsActive(k, active)
                && start + keyword.Length <= text.Length
                && (matchCase[k] ? EqualsOrdinal(text, start, keyword) : EqualsIgnoringCase(text, start, keyword)))
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

    /// <summary>
    /// Whether <paramref name="keyword"/> is a literal of the rule's pattern, which matches case: "SK" of a Twilio key
    /// ("SK[0-9a-f]{32}"), "ATTA" of a Trello token. Then only that case can start a match, and the lower-case word of
    /// prose and code ("task", "attach") need not run the pattern.
    /// </summary>
    private static bool MatchesCase(SecretRule rule, string keyword)
    {
        var pattern = rule.Pattern;
        if (pattern.IndexOf("(?i", StringComparison.Ordinal) >= 0 || pattern.IndexOf(keyword, StringComparison.Ordinal) < 0)
        {
            return false;
        }

        // Written in another case too ("account_name|ACCOUNT_NAME"), the keyword may start a match in either.
        for (var at = pattern.IndexOf(keyword, StringComparison.OrdinalIgnoreCase); at >= 0; at = pattern.IndexOf(keyword, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (string.CompareOrdinal(pattern, at, keyword, 0, keyword.Length) != 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool EqualsOrdinal(Text text, int start, string keyword) =>
#if NET
        text.Slice(start, keyword.Length).SequenceEqual(keyword.AsSpan());
#else
        string.CompareOrdinal(text, start, keyword, 0, keyword.Length) == 0;
#endif

    private static bool EqualsIgnoringCase(Text text, int start, string keyword) =>
#if NET
        text.Slice(start, keyword.Length).Equals(keyword, StringComparison.OrdinalIgnoreCase);
#else
        string.Compare(text, start, keyword, 0, keyword.Length, StringComparison.OrdinalIgnoreCase) == 0;
#endif

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool StartsKeyword(ulong[] starts, int key) =>
#if NET
        // A key has 21 bits: its word is always in the table.
        (Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(starts), key >> 6) & (1UL << key)) != 0;
#else
        (starts[key >> 6] & (1UL << key)) != 0;
#endif

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint FoldedAt(Text text, int index) =>
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
