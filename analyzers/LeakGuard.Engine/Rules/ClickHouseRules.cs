using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ClickHouseRules
{
    private static readonly Remediation Remediation = new("https://clickhouse.cloud/", "ClickHouse:ApiKeySecret", "CLICKHOUSE_API_KEY_SECRET");

    // The secret of a ClickHouse Cloud API key: "4b1d" and 38 letters and digits. It creates, scales and deletes
    // services of the organisation. The prefix is also four hex digits, so the rest must mix cases and digits.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "clickhouse-cloud-api-secret-key",
            "ClickHouse",
            "ClickHouse Cloud API key secret (4b1d and 38 letters and digits)",
            Patterns.Token("4b1d[A-Za-z0-9]{38}", Patterns.Base62),
            new[] { "4b1d" },
            Remediation)
        {
            MinEntropy = 3.5,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value.Substring(4)) && Plausibility.HasUpperAndLower(value),
        },
    };
}
