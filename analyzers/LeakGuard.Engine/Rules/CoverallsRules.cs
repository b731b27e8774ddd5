using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class CoverallsRules
{
    private static readonly Remediation Remediation = new("https://coveralls.io/repos", "Coveralls:RepoToken", "COVERALLS_REPO_TOKEN");

    // .coveralls.yml holds the token alone, as repo_token: only the file's name says Coveralls.
    private static readonly string[] Context = { "coveralls", "repo_token" };

    // A repository's token (32 to 40 letters and digits) posts coverage for it, also as its private repository;
    // projects commit it in .coveralls.yml as repo_token.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "coveralls-repo-token",
            "Coveralls",
            "Coveralls repository token (32 to 40 letters and digits under a token's name, next to Coveralls)",
            Patterns.AssignedTo("token", "[A-Za-z0-9]{32,40}", Patterns.Base62),
            Context,
            Remediation,
            minEntropy: 3.5,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
