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
            for (var k = 0; k < keywords.Length; k++)
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
