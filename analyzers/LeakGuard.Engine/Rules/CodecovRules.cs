using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class CodecovRules
{
    private static readonly Remediation Remediation = new("https://app.codecov.io/account", "Codecov:Token", "CODECOV_TOKEN");

    private static readonly string[] Context = { "codecov" };

    // An upload token lets anyone post coverage reports for the repository (and, for a global token, for every
    // repository of the organisation): a UUID, or 32 letters and digits in older ones. Codecov must be nearby, and a
    // token's name: ids of coverage reports are UUIDs too.
    private const string Token = "[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}|[A-Za-z0-9]{32}";

    // The uploaders' and the old bash script's flag, as in "bash <(curl -s https://codecov.io/bash) -t <token>",
    // "./codecov -t <token>" or "codecovcli upload-process --token=<token>".
    private const string TokenFlag = "(?:^|[ \t])(?:-t|--token)(?:[ \t]{1,5}|=)[\"']?(?<secret>" + Token + ")(?:$|[^A-Za-z0-9-])";

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "codecov-access-token",
            "Codecov",
            "Codecov upload token (a UUID or 32 letters and digits under a token's name or after -t/--token, next to Codecov)",
            $"{Patterns.AssignedTo("token", Token, Patterns.Base62 + "-")}|{TokenFlag}",
            Context,
            Remediation,
            minEntropy: 3,
            isPlausible: value => Plausibility.MixesLettersAndDigits(value)),
    };
}
