using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using LeakGuard.Engine.Rules;

namespace LeakGuard.Engine;

/// <summary>
/// Whether a value a context-gated rule takes is named for another provider and not for the rule's own: in a .env that
/// holds both, <c>MIXPANEL_TOKEN=…</c> is Mixpanel's token, though 32 hex digits and "ASSEMBLYAI" a line below make it
/// look like an AssemblyAI key.
/// </summary>
internal static class ForeignProviderName
{
    // Providers whose name is also a word names use for something else ("STREAM_KEY" of a video stream, "LINE_ITEM").
    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "generic", "stream", "linear", "square", "segment", "together", "replicate", "loops", "render", "railway", "signal",
    };

    private static readonly Lazy<HashSet<string>> Providers = new(() => new HashSet<string>(
        BuiltInRules.All.Select(rule => Normalized(rule.Provider)).Where(name => name.Length >= 5 && !CommonWords.Contains(name)),
        StringComparer.Ordinal));

    public static bool Holds(SecretRule rule, string text, int matchStart, int secretStart)
    {
        var name = AssignedName.NameOutsideMatch(text, matchStart, secretStart);
        if (name.Length == 0)
        {
            return false;
        }

        var whole = Normalized(name);
        if (whole.IndexOf(Normalized(rule.Provider), StringComparison.Ordinal) >= 0 || rule.ContextKeywords.Any(keyword => whole.IndexOf(Normalized(keyword), StringComparison.Ordinal) >= 0))
        {
            return false;
        }

        foreach (var word in Words(name))
        {
            if (Providers.Value.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    // "Africa's Talking" -> "africastalking", "SEARCH_ALGOLIA_KEY" -> "searchalgoliakey".
    private static string Normalized(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsLetterOrDigit(c))
            {
                text.Append(char.ToLowerInvariant(c));
            }
        }

        return text.ToString();
    }

    // The words of a name: "MIXPANEL_TOKEN" -> mixpanel, token; "mixpanelProjectToken" -> mixpanel, project, token.
    private static IEnumerable<string> Words(string name)
    {
        var word = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var split = !char.IsLetterOrDigit(c) || (char.IsUpper(c) && i > 0 && char.IsLower(name[i - 1]));
            if (split && word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }

            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }
}
