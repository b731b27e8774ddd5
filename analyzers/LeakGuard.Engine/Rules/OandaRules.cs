using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class OandaRules
{
    private static readonly Remediation Remediation = new("https://www.oanda.com/demo-account/tpa/personal_token", "Oanda:Token", "OANDA_API_TOKEN");

    private static readonly string[] Context = { "oanda", "fxtrade", "fxpractice" };

    // An OANDA v20 API token: 32 hex digits, '-' and 32 more. It trades on the account; OANDA's name or its hosts must be
    // near.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "oanda-api-token",
            "OANDA",
            "OANDA v20 API token (32 hex digits, - and 32 more, next to OANDA)",
            Patterns.Token("[0-9a-f]{32}-[0-9a-f]{32}"),
            Context,
            Remediation,
            minEntropy: 3),
    };
}
