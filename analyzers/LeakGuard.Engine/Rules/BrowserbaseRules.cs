using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class BrowserbaseRules
{
    private static readonly Remediation Remediation = new("https://www.browserbase.com/settings", "Browserbase:ApiKey", "BROWSERBASE_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "browserbase-api-key",
            "Browserbase",
            "Browserbase API key (bb_live_, bb_test_)",
            Patterns.Token("bb_(?:live|test)_[A-Za-z0-9_-]{27}"),
            new[] { "bb_live_", "bb_test_" },
            Remediation)
        {
            MinEntropy = 3.5,
            IsPlausible = value => Plausibility.HasUpperAndLower(value.Substring(8)),
        },
    };
}
