using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class Mem0Rules
{
    private static readonly Remediation Remediation = new("https://app.mem0.ai/dashboard/api-keys", "Memory:ApiKey", "MEM0_API_KEY");

    // An API key of the memory service: "m0-" and 40 letters and digits. It reads and writes the memories stored for
    // the project's users.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "mem0-api-key",
            "Mem0",
            "Mem0 API key",
            Patterns.Token("m0-[A-Za-z0-9]{40}"),
            new[] { "m0-" },
            Remediation)
        {
            MinEntropy = 4,
            IsPlausible = value => Plausibility.MixesCasesAndDigits(value) && !Plausibility.IsMostlyWords(value.Substring(3)),
        },
    };
}
