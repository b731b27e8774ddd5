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
/// occur run their pattern. One pass over the text keeps its last eight characters, case-folded, seven bits each, in
/// one register; at each position the last four are hashed into a bit table of the keywords' last four (a three-letter
/// keyword with every character that can come before it). Only a hit looks at the keywords that end so, comparing up
/// to eight of their characters with the register, and calls for a comparison with the text only when all of those
/// agree: in their case where the keyword is a literal of a pattern that matches case. A general multi-string search
/// over hundreds of keywords costs several times more per character, and every byte of a history goes through here.
/// </summary>
/// <remarks>
/// Keyed on three characters, one position in nine of a code base hit the table ("ion", "ent", "ate", "ess" end many
/// keywords and most words), and checking each hit against the keywords cost more than the pass itself.
/// </remarks>
internal sealed class KeywordFilter
{
    /// <summary>The last four characters, seven bits each.</summary>
    private const uint KeyMask = (1u << 28) - 1;

    /// <summary>The last three: what a keyword's candidates are filed under.</summary>
    private const uint SlotKeyMask = (1u << 21) - 1;

    /// <summary>The bits of a key's hash: an eighth of a megabyte of table, most of which a text never touches.</summary>
    private const int TableBits = 20;

    /// <summary>The keywords that end with the same three characters share a slot: looked up on hits only.</summary>
    private const int CandidateBits = 12;

    /// <summary>How many of a keyword's last characters are compared with the register: eight, seven bits each.</summary>
    private const int TailLength = 8;

    /// <summary>
    /// Every character folded as <see cref="Fold"/> does, or 0 when it folds to no 7-bit character: no keyword in the
    /// table holds one, so a 0 among the last characters never matches them.
    /// </summary>
    private static readonly byte[] Folded = FoldTable();

    private readonly string[] keywords;
    private readonly bool[] matchCase;
    private readonly int[][] rulesByKeyword;
    private readonly bool[] alwaysOn;

    /// <summary>One bit for every hash of a key, set for the keys keywords end with.</summary>
    private readonly ulong[] ends = new ulong[(1 << TableBits) / 64];

    /// <summary>By slot: each keyword that ends there, with its last characters folded as the register holds them.</summary>
    private readonly (ulong Tail, ulong Mask, int Keyword)[]?[] candidatesBySlot = new (ulong, ulong, int)[]?[1 << CandidateBits];

    /// <summary>The keywords the table does not find (shorter than three characters, or not 7-bit): searched for one by one.</summary>
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
                var hash = Hash(key);
                ends[hash >> 6] |= 1UL << (int)(hash & 63);
            }

            slotSizes[Slot(TailOf(keywords[k]).Tail)]++;
        }

        for (var k = 0; k < keywords.Length; k++)
        {
            if (IsIndexed(keywords[k]))
            {
                var (tail, mask) = TailOf(keywords[k]);
                var slot = Slot(tail);
                var candidates = candidatesBySlot[slot] ??= new (ulong, ulong, int)[slotSizes[slot]];
                candidates[candidates.Length - slotSizes[slot]--] = (tail, mask, k);
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

        // Shifted and or-ed only: the chain from one iteration to the next is one shift and one or per character.
        var last = 0UL;
        var ends = this.ends;
        for (var i = 0; i < text.Length; i++)
        {
            last = (last << 7) | FoldedAt(text, i);
            if (EndsKeyword(ends, (uint)last & KeyMask))
            {
                Verify(text, i, last, active);
            }
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

    /// <summary>Whether the table finds <paramref name="keyword"/>: three characters or more, each folding to a 7-bit one.</summary>
    private static bool IsIndexed(string keyword)
    {
        if (keyword.Length < 3)
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

    /// <summary>The keys under which the table finds <paramref name="keyword"/>: its last four characters, or its three with every character before them.</summary>
    private static uint[] KeysOf(string keyword)
    {
        var last = (uint)TailOf(keyword).Tail & KeyMask;
        if (keyword.Length > 3)
        {
            return [last];
        }

        var keys = new uint[128];
        for (var before = 0u; before < keys.Length; before++)
        {
            keys[before] = (before << 21) | last;
        }

        return keys;
    }

    /// <summary>Up to <see cref="TailLength"/> last characters of a keyword, folded, as the register holds them where the keyword ends; and the bits they take.</summary>
    private static (ulong Tail, ulong Mask) TailOf(string keyword)
    {
        var length = Math.Min(TailLength, keyword.Length);
        var tail = 0UL;
        for (var i = keyword.Length - length; i < keyword.Length; i++)
        {
            tail = (tail << 7) | Folded[keyword[i]];
        }

        return (tail, (1UL << (7 * length)) - 1);
    }

    private static int Slot(ulong last) => (int)((((uint)last & SlotKeyMask) * 0x9E3779B1u) >> (32 - CandidateBits));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(uint key) => (key * 0x2545F491u) >> (32 - TableBits);

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
    private void Verify(Text text, int end, ulong last, bool[] active)
    {
        var candidates = candidatesBySlot[Slot(last)];
        if (candidates is null)
        {
            return;
        }

        foreach (var (tail, mask, k) in candidates)
        {
            if ((last & mask) != tail || IsActive(k, active))
            {
                continue;
            }

            // Up to eight characters agree, folded; the keyword's own comparison decides (its case, a longer keyword's start).
            var keyword = keywords[k];
            var start = end + 1 - keyword.Length;
            if (start >= 0 && (matchCase[k] ? EqualsOrdinal(text, start, keyword) : EqualsIgnoringCase(text, start, keyword)))
            {
                Activate(k, active);
            }
        }
    }

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
    private static bool EndsKeyword(ulong[] ends, uint key)
    {
        var hash = Hash(key);
#if NET
        // A hash has TableBits bits: its word is always in the table.
        return (Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(ends), (int)(hash >> 6)) & (1UL << (int)hash)) != 0;
#else
        return (ends[hash >> 6] & (1UL << (int)hash)) != 0;
#endif
    }

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
