using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class CodecovRules
{
    private static readonly Remediation Remediation = new("https://app.codecov.io/account", "Codecov:Token", "CODECOV_TOKEN");

    private static readonly string[] Context = { "codecov" };

    // An upload token lets anyone post coverage reports for the repository (and, for a global token, for every
    // repository of the organisation): a UUID, or 32 letters and digits in older ones. Codecov must be nearby, and a
    // token's name: ids of coverage reports are UUIDs too.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "codecov-access-token",
            "Codecov",
            "Codecov upload token (a UUID or 32 letters and digits under a token's name, next to Codecov)",
            Patterns.AssignedTo("token", "[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}|[A-Za-z0-9]{32}", Patterns.Base62 + "-"),
            Context,
            Remediation,
            minEntropy: 3,
            isPlausible: value => Plausibility.MixesLettersAndDigits(value)),
    };
}
