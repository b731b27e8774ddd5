using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class MexcRules
{
    private static readonly Remediation Remediation = new("https://www.mexc.com/user/openapi", "Mexc:ApiSecret", "MEXC_API_SECRET");

    // A MEXC API secret: 32 hex digits under its name, beside its key ("mx0v…"). It trades on the account.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "mexc-api-secret",
            "MEXC",
            "MEXC API secret (32 hex digits under its name)",
            Patterns.AssignedTo("mexc_?(?:api_?)?secret(?:_?key)?", "[0-9a-f]{32}"),
            new[] { "mexc" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
