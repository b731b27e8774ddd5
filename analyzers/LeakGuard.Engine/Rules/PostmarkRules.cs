using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class PostmarkRules
{
    private static readonly Remediation Remediation = new("https://account.postmarkapp.com/servers", "Postmark:ServerToken", "POSTMARK_SERVER_TOKEN");

    private static readonly string[] PostmarkServerTokenContext = { "postmark" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "postmark-server-token",
            "Postmark",
            "Postmark server or account token (a UUID next to the word Postmark)",
            Patterns.Token(Patterns.Uuid),
            PostmarkServerTokenContext,
            Remediation,
            minEntropy: 3),
    };
}
