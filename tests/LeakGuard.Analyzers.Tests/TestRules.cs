using System.Linq;
using LeakGuard.Engine;

namespace LeakGuard.Analyzers.Tests;

/// <summary>
/// Rules of the kinds the catalog grows (context-gated, low-confidence generic), defined here so the analyzer's handling
/// of them is tested whatever the catalog holds today.
/// </summary>
internal static class TestRules
{
    private static readonly Remediation Remediation = new("https://example.invalid/rotate", "Test:Key", "TEST_KEY");

    /// <summary>32 hexadecimal digits, a key only when "azure" stands near it or in the name it is bound to.</summary>
    public static SecretRule ContextGatedHex { get; } = new(
        "test-azure-key",
        "Azure",
        "Test key gated on a context keyword",
        "(?:^|[^0-9a-f])(?<secret>[0-9a-f]{32})(?:$|[^0-9a-f])",
        new[] { "azure" },
        Remediation)
    {
        Confidence = Confidence.Medium,
        ContextKeywords = new[] { "azure" },
    };

    /// <summary>A secret-sounding name followed by a random-looking value.</summary>
    public static SecretRule Generic { get; } = new(
        "test-generic-secret",
        "Generic",
        "generic secret",
        "(?:[Kk]ey|[Ss]ecret|[Tt]oken|[Pp]assword)[A-Za-z_]{0,20}[\"']?[ ]{0,5}[=:][ ]{0,5}[\"']?(?<secret>[^ \"';\\r\\n]{16,64})",
        new[] { "key", "secret", "token", "password" },
        Remediation)
    {
        Confidence = Confidence.Low,
        MinEntropy = 3,
    };

    public static SecretScanner Scanner { get; } = new(BuiltInRules.All.Concat(new[] { ContextGatedHex, Generic }));
}
