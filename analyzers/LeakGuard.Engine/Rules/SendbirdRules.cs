using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class SendbirdRules
{
    private static readonly Remediation Remediation = new("https://dashboard.sendbird.com/", "Sendbird:ApiToken", "SENDBIRD_API_TOKEN");

    private static readonly string[] Context = { "sendbird" };

    // A master or secondary API token (40 hex digits) reads and sends every message of the app; Sendbird must be
    // nearby.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "sendbird-access-token",
            "Sendbird",
            "Sendbird API token (40 hex digits next to Sendbird)",
            Patterns.Token("[a-f0-9]{40}", Patterns.Base62),
            Context,
            Remediation,
            minEntropy: 3),
    };
}
