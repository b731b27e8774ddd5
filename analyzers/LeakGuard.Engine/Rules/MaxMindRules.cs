using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class MaxMindRules
{
    private static readonly Remediation Remediation = new("https://www.maxmind.com/en/accounts/current/license-key", "MaxMind:LicenseKey", "MAXMIND_LICENSE_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "maxmind-license-key",
            "MaxMind",
            "MaxMind GeoIP license key",
            Patterns.Token("[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk"),
            new[] { "_mmk" },
            Remediation)
        {
            MinEntropy = 4,
        },
    };
}
