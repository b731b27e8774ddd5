using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class GitHubRulesSamples
{
    // ghs_, the app id of GitHub Actions, "_" and a JWT (ES256 header, claims, 64-byte signature).
    private static readonly string StatelessInstallationToken = FakeKey.Of(
        "gh", "s_", "15368_", "eyJ", FakeKey.Random(FakeKey.UrlSafe, 33, 41), ".eyJ", FakeKey.Random(FakeKey.UrlSafe, 240, 42), ".", FakeKey.Random(FakeKey.UrlSafe, 86, 43));

    private static readonly string RefreshToken = TestKeys.GitHub("r", 7);

    private static readonly string ClientSecret = FakeKey.Of("4a", FakeKey.Random(FakeKey.Hex, 38, 44));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("github-pat", TestKeys.GitHub("p"), "GITHUB_TOKEN")
        .FindsIn("github-oauth-token", "OAuth token", $"token: {TestKeys.GitHub("o", 2)}", TestKeys.GitHub("o", 2))
        .FindsIn("github-user-to-server-token", "user-to-server token", $"\"{TestKeys.GitHub("u", 3)}\"", TestKeys.GitHub("u", 3))
        .FindsIn("github-server-to-server-token", "installation token", $"GH_TOKEN={TestKeys.GitHub("s", 4)}", TestKeys.GitHub("s", 4))
        .FindsIn("github-refresh-token", "a GitHub App's token response", $"{{\"expires_in\":28800,\"refresh_token\":\"{RefreshToken}\",\"refresh_token_expires_in\":15897600}}", RefreshToken)
        .Ignores("github-refresh-token", "a refresh token whose checksum does not match", $"refresh={RefreshToken[..^1]}{(RefreshToken[^1] == 'a' ? 'b' : 'a')}")
        .Ignores("github-refresh-token", "the short form of the other GitHub tokens", $"refresh={TestKeys.Checksummed("gh" + "r_", 5)}")
        .Finds("github-fine-grained-pat", TestKeys.GitHubFineGrained(), "GITHUB_TOKEN")
        .FindsIn("github-installation-token", "stateless installation token", $"GITHUB_TOKEN={StatelessInstallationToken}", StatelessInstallationToken)
        .FindsIn("github-installation-token", "in a clone URL", $"git clone https://x-access-token:{StatelessInstallationToken}@github.com/o/r.git", StatelessInstallationToken)
        .Ignores("github-installation-token", "header and claims without a signature", $"value: {StatelessInstallationToken[..StatelessInstallationToken.LastIndexOf('.')]}")
        .Ignores("github-pat", "checksum does not match", TestKeys.GitHub("p")[..^1] + (TestKeys.GitHub("p")[^1] == 'A' ? "B" : "A"))
        .Ignores("github-pat", "one character short", TestKeys.GitHub("p")[..^1])
        .Ignores("github-pat", "placeholder", "gh" + "p_" + new string('x', 36))
        .Ignores("github-oauth-token", "checksum does not match", TestKeys.GitHub("o").Remove(10, 1).Insert(10, "Z"))
        .Ignores("github-oauth-token", "the token of GitHub's OAuth docs, under a secret's name", $"GITHUB_OAUTH_SECRET_TOKEN = \"{FakeKey.Of("gho_16C7e42F29", "2c6912E7710c8", "38347Ae178B4a")}\"")
        .Ignores("github-user-to-server-token", "checksum does not match", TestKeys.GitHub("u")[..^6] + TestKeys.GitHub("u", 2)[^6..])
        .Ignores("github-server-to-server-token", "embedded in a longer token", "x" + TestKeys.GitHub("s"))
        .Ignores("github-refresh-token", "one character long", RefreshToken + "a")
        .Ignores("github-fine-grained-pat", "second part one character short", TestKeys.GitHubFineGrained()[..^1])
        .FindsIn("github-oauth-client-secret", "a passport-github strategy", $"passport.use(new GitHubStrategy({{\n  clientID: 'Iv1.{FakeKey.Random(FakeKey.Hex, 16, 45)}',\n  clientSecret: '{ClientSecret}',\n  callbackURL: '/auth/github/callback'\n}}", ClientSecret)
        .FindsIn("github-oauth-client-secret", ".env", $"GITHUB_CLIENT_ID=Ov23li{FakeKey.Random(FakeKey.Base62, 14, 46)}\nGITHUB_CLIENT_SECRET={ClientSecret}", ClientSecret)
        .FindsIn("github-oauth-client-secret", "a GitHub App's secret in a .env", $"GITHUB_APP_ID={FakeKey.Random(FakeKey.Hex, 20, 47)}\nGITHUB_APP_SECRET={ClientSecret}\n", ClientSecret)
        .Ignores("github-oauth-client-secret", "the Firebase CLI's own GitHub app", $"const githubClientSecret = () => utils.envOverride(\"GITHUB_CLIENT_SECRET\", \"{FakeKey.Of("3330d14abc89", "5d9a74d5f17cd7a0", "0711fa2c5bf0")}\");")
        .Ignores("github-oauth-client-secret", "a commit id beside GitHub", $"github_sha = \"{ClientSecret}\"");
}
