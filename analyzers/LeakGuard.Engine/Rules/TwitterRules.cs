using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class TwitterRules
{
    private static readonly Remediation Remediation = new("https://developer.x.com/en/portal/dashboard", "X:BearerToken", "TWITTER_BEARER_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // An app-only bearer token: a run of "A" (the zero bytes of its binary header), the app's id, then the URL-encoded
        // consumer part ending in "%3D" (an encoded '=') and a random tail. The run of A would pass for a placeholder,
        // so the tail is what must look random.
        new SecretRule(
            "twitter-bearer-token",
            "X (Twitter)",
            "X (Twitter) API app-only bearer token",
            Patterns.Token("A{20}[A-Za-z0-9%]{20,80}%3D[A-Za-z0-9]{30,70}", Patterns.Base62 + "%"),
            new[] { "AAAAAAAAAAAAAAAAAAAA" },
            Remediation)
        {
            SkipPlaceholders = false,
            IsPlausible = HasRandomTail,
        },
    };

    private static bool HasRandomTail(string value)
    {
        var tail = value.Substring(value.LastIndexOf("%3D", System.StringComparison.Ordinal) + 3);
        return !PublishedKeys.Contains(value)
            && Plausibility.MixesLettersAndDigits(tail, digits: 2)
            && Plausibility.HasUpperAndLower(tail)
            && Entropy.Shannon(tail) >= 4
            && !Placeholders.IsPlaceholder(tail);
    }
}
