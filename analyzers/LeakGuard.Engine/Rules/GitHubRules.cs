using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class GitHubRules
{
    private static readonly Remediation Remediation = new("https://github.com/settings/tokens", "GitHub:Token", "GITHUB_TOKEN");

    private static readonly string[] GitHubClientSecretContext = { "github", "Iv1.", "Iv23li", "Ov23li" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        Checksummed("github-pat", "GitHub personal access token (classic)", "ghp_"),
        Checksummed("github-oauth-token", "GitHub OAuth access token", "gho_"),
        Checksummed("github-user-to-server-token", "GitHub App user-to-server token", "ghu_"),
        Checksummed("github-server-to-server-token", "GitHub App installation (server-to-server) token", "ghs_"),
        // A GitHub App's refresh token is longer: 70 random characters before the checksum.
        Checksummed("github-refresh-token", "GitHub App refresh token", "ghr_", randomLength: 70),
        // Since 2026 installation tokens (the Actions GITHUB_TOKEN too) are stateless: "ghs_", the app's numeric id, "_" and
        // a JWT GitHub signs, about 380 to 520 characters. The classic rule's 36 letters and digits never match them.
        new SecretRule(
            "github-installation-token",
            "GitHub",
            "GitHub App installation token, stateless format (ghs_<app id>_<JWT>)",
            Patterns.Token("ghs_[0-9]{1,12}_eyJ[A-Za-z0-9_-]{10,200}\\.eyJ[A-Za-z0-9_-]{20,1000}\\.[A-Za-z0-9_-]{40,700}", Patterns.UrlSafeOrDot),
            new[] { "ghs_" },
            Remediation)
        {
            MinEntropy = 4,
        },
        new SecretRule(
            "github-fine-grained-pat",
            "GitHub",
            "GitHub fine-grained personal access token",
            Patterns.Token("github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}"),
            new[] { "github_pat_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },

        // An OAuth app's or a GitHub App's client secret: 40 hex digits with no prefix, written beside its client id
        // (Iv1. and 16 hex digits for older apps, Iv23li or Ov23li and 14 characters since 2024) in a passport-github
        // strategy, NextAuth's provider or a .env file. With the id it exchanges codes for user tokens of the app.
        ContextGatedRule.Create(
            "github-oauth-client-secret",
            "GitHub",
            "GitHub OAuth app or GitHub App client secret (40 hex digits under a client secret's name, next to its client id or GitHub)",
            Patterns.AssignedTo("(?:client[_-]?secret|github[_-]?(?:app[_-]?)?secret|oauth[_-]?secret)", "[a-f0-9]{40}", Patterns.Base62),
            GitHubClientSecretContext,
            new Remediation("https://github.com/settings/developers", "GitHub:ClientSecret", "GITHUB_CLIENT_SECRET"),
            minEntropy: 3,
            isPlausible: value => Plausibility.MixesLettersAndDigits(value, 2)),
    };

    private static SecretRule Checksummed(string id, string description, string prefix, int randomLength = Checksums.RandomLength) =>
        new(id, "GitHub", description, Patterns.Token($"{prefix}[A-Za-z0-9]{{{randomLength + Checksums.ChecksumLength}}}", Patterns.Base62), new[] { prefix }, Remediation)
        {
            Validator = token => Checksums.HasValidCrc32(token, prefix.Length, randomLength),
        };
}
