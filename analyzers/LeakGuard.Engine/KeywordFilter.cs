using System;
using System.Collections.Generic;
using System.Linq;
#if NET
using System.Buffers;
#endif

namespace LeakGuard.Engine;

/// <summary>
/// The cheap first pass: finds which keywords occur in a text, so that only the rules whose keywords occur run their pattern.
/// </summary>
internal sealed class KeywordFilter
{
    private readonly string[] keywords;
    private readonly int[][] rulesByKeyword;
    private readonly bool[] alwaysOn;
#if NET
    private readonly SearchValues<string> searchValues;

    // Keyword indexes by lower-cased first character, so that a hit is compared with a handful of keywords, not all.
    private readonly Dictionary<char, int[]> keywordsByFirstChar;

    // Case-insensitive search may stop at a character whose lower case differs from the keyword's first character.
    private readonly int[] allKeywords;
#endif

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
#if NET
        searchValues = SearchValues.Create(keywords, StringComparison.OrdinalIgnoreCase);
        keywordsByFirstChar = Enumerable.Range(0, keywords.Length)
            .GroupBy(k => char.ToLowerInvariant(keywords[k][0]))
            .ToDictionary(g => g.Key, g => g.ToArray());
        allKeywords = Enumerable.Range(0, keywords.Length).ToArray();
#endif
    }

    /// <summary>Marks in <paramref name="active"/> the rules whose keywords occur in <paramref name="text"/>.</summary>
    public void MarkActive(string text, bool[] active)
    {
        Array.Copy(alwaysOn, active, active.Length);
        if (keywords.Length == 0 || string.IsNullOrEmpty(text))
        {
            return;
        }

#if NET
        var span = text.AsSpan();
        var offset = 0;
        while (true)
        {
            var hit = span.Slice(offset).IndexOfAny(searchValues);
            if (hit < 0)
            {
                return;
            }

            var at = span.Slice(offset + hit);
            if (!keywordsByFirstChar.TryGetValue(char.ToLowerInvariant(at[0]), out var candidates))
            {
                candidates = allKeywords;
            }

            foreach (var k in candidates)
            {
                if (at.StartsWith(keywords[k], StringComparison.OrdinalIgnoreCase))
                {
                    foreach (var rule in rulesByKeyword[k])
                    {
                        active[rule] = true;
                    }
                }
            }

            offset += hit + 1;
        }
#else
        for (var k = 0; k < keywords.Length; k++)
        {
            if (text.IndexOf(keywords[k], StringComparison.OrdinalIgnoreCase) >= 0)
            {
                foreach (var rule in rulesByKeyword[k])
                {
                    active[rule] = true;
                }
            }
        }
#endif
    }
}
