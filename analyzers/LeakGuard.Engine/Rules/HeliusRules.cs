using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class HeliusRules
{
    private const string Key = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private static readonly Remediation Remediation = new("https://dashboard.helius.dev/api-keys", "Helius:ApiKey", "HELIUS_API_KEY");

    // A Helius Solana RPC API key: a UUID on its API's URL or under its name.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "helius-api-key",
            "Helius",
            "Helius API key (a UUID)",
            Patterns.QueryParameter("(?:helius-rpc\\.com|api\\.helius\\.xyz)", "api-key", Key) + "|" + Patterns.AssignedTo("helius_?(?:rpc_?)?api_?key", Key),
            new[] { "helius-rpc.com", "api.helius.xyz", "helius_api", "heliusapi", "helius_rpc" },
            Remediation)
        {
            ReferencedValue = Key,
            MinEntropy = 3,
        },
    };
}
