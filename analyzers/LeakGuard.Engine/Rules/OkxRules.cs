using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class OkxRules
{
    private static readonly Remediation Remediation = new("https://www.okx.com/account/my-api", "Okx:SecretKey", "OKX_SECRET_KEY");

    // An OKX API secret key: 32 capitals and hex digits under its name, beside its key (a UUID) and passphrase. It trades on
    // the account.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "okx-api-secret",
            "OKX",
            "OKX API secret key (32 hex digits in capitals under its name)",
            Patterns.AssignedTo("okx_?(?:api_?)?secret(?:_?key)?", "[0-9A-F]{32}"),
            new[] { "okx" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
