using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class AsanaRules
{
    private static readonly Remediation Remediation = new("https://app.asana.com/0/my-apps", "Asana:AccessToken", "ASANA_ACCESS_TOKEN");

    // Asana's name, or a bearer header: a token of the user-id form ("2/<user>/<token>:<hex>") is nothing else's.
    private static readonly string[] AsanaPatContext = { "asana", "bearer" };

    // Tokens issued before the user-id form are "0/" and 32 hex digits; they never expire, and code still sends them.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "asana-pat",
            "Asana",
            "Asana personal access token (next to the word Asana or in a bearer header)",
            Patterns.Token("0/[a-f0-9]{32}|[0-9]/[0-9]{14,20}(?:/[0-9]{14,20})?:[A-Za-z0-9]{32}", Patterns.Base62),
            AsanaPatContext,
            Remediation,
            minEntropy: 3.5),
    };
}
