using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class LogfireRules
{
    private static readonly Remediation Remediation = new("https://logfire.pydantic.dev", "Logfire:Token", "LOGFIRE_TOKEN");

    // A Logfire write or read token: "pylf_v1_", the region and 40 or more letters and digits. Write tokens send spans
    // into the project; read tokens query its data.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "logfire-token",
            "Pydantic Logfire",
            "Pydantic Logfire token",
            Patterns.Token("pylf_v[0-9]{1,2}_[a-z]{2,8}_(?:[0-9a-f-]{36}_)?[A-Za-z0-9]{40,}"),
            new[] { "pylf_v" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
