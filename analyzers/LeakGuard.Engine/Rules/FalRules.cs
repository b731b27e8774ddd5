using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class FalRules
{
    private static readonly Remediation Remediation = new("https://fal.ai/dashboard/keys", "Fal:Key", "FAL_KEY");

    private static readonly string[] Context = { "fal_key", "fal.ai", "fal-ai", "fal_client", "falclient", "FAL_API_KEY" };

    // An API key: the key's id (a UUID), ':' and 32 hex digits. Model runs are billed to the account.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "fal-api-key",
            "fal.ai",
            "fal.ai API key (UUID:secret next to fal)",
            Patterns.Token(Patterns.Uuid + ":[a-f0-9]{32}"),
            Context,
            Remediation,
            minEntropy: 3.5),
    };
}
