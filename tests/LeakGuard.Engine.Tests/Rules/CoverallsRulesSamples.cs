using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class CoverallsRulesSamples
{
    private static readonly string Token = FakeKey.Random(FakeKey.Base62, 32, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("coveralls-repo-token", Token, "COVERALLS_REPO_TOKEN")
        .FindsIn("coveralls-repo-token", "a .coveralls.yml, which names nothing but the token", $"service_name: travis-pro\nrepo_token: {Token}\n", Token)
        .FindsIn("coveralls-repo-token", ".coveralls.yml", $"service_name: github-actions\nrepo_token: {Token}\n# coveralls", Token)
        .Ignores("coveralls-repo-token", "the GitHub action's own token", "      - uses: coverallsapp/github-action@v2\n        with:\n          github-token: ${{ secrets.GITHUB_TOKEN }}")
        .FindsIn("generic-secret", "lower-case letters and digits only: not a Coveralls token", $"coveralls_token: {FakeKey.Random("abcdefghijklmnopqrstuvwxyz0123456789", 32, 2)}", FakeKey.Random("abcdefghijklmnopqrstuvwxyz0123456789", 32, 2))
        .FindsIn("generic-secret", "no Coveralls near: only the generic rule", $"upload_token: {Token}", Token);
}
