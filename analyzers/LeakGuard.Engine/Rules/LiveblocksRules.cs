using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class LiveblocksRules
{
    private static readonly Remediation Remediation = new("https://liveblocks.io/dashboard", "Liveblocks:SecretKey", "LIVEBLOCKS_SECRET_KEY");

    // A project's secret key: "sk_dev_" or "sk_prod_" and 64 characters. It authorizes users into every room and reads
    // and writes their storage. The "pk_" keys beside it are public.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "liveblocks-secret-key",
            "Liveblocks",
            "Liveblocks secret key",
            Patterns.Token("sk_(?:dev|prod)_[A-Za-z0-9_-]{64}"),
            new[] { "sk_dev_", "sk_prod_" },
            Remediation)
        {
            MinEntropy = 4,
        },
    };
}
