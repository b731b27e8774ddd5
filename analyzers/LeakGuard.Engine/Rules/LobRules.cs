using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class LobRules
{
    private static readonly Remediation Remediation = new("https://dashboard.lob.com/settings/api-keys", "Lob:ApiKey", "LOB_API_KEY");

    private static readonly string[] Context = { "lob" };

    // A secret API key sends letters and checks billed to the account: "live_" or "test_" and 35 hex digits. The
    // publishable key ("live_pub_") is meant for browsers and is not reported.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "lob-api-key",
            "Lob",
            "Lob secret API key (live_ or test_ and 35 hex digits next to Lob)",
            Patterns.Token("(?:live|test)_[a-f0-9]{35}", Patterns.Base62 + "_"),
            Context,
            Remediation,
            minEntropy: 3),
    };
}
