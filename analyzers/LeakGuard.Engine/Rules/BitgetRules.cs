using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class BitgetRules
{
    private static readonly Remediation Remediation = new("https://www.bitget.com/account/newapi", "Bitget:ApiSecret", "BITGET_API_SECRET");

    // A Bitget API secret: 64 hex digits under its name, beside its key ("bg_" and 32 hex digits) and passphrase. It
    // trades, and withdraws if allowed, on the account.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "bitget-api-secret",
            "Bitget",
            "Bitget API secret (64 hex digits under its name)",
            Patterns.AssignedTo("bitget_?(?:api_?)?secret(?:_?key)?", "[0-9a-f]{64}"),
            new[] { "bitget" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
