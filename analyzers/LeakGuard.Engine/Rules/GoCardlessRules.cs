using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class GoCardlessRules
{
    private static readonly Remediation Remediation = new("https://manage.gocardless.com/developers/access-tokens", "GoCardless:AccessToken", "GOCARDLESS_ACCESS_TOKEN");

    private static readonly string[] Context = { "gocardless", "gc_access_token" };

    // A live access token takes payments from customers' bank accounts: "live_" and 40 characters ("sandbox_" for the
    // sandbox's). Other services use the same prefixes, so GoCardless must be nearby.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "gocardless-access-token",
            "GoCardless",
            "GoCardless access token (live_ or sandbox_ next to GoCardless)",
            Patterns.Token("(?:live|sandbox)_[A-Za-z0-9_=-]{40}"),
            Context,
            Remediation,
            minEntropy: 3.5),
    };
}
