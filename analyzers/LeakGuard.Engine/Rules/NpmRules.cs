using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class NpmRules
{
    private static readonly Remediation Remediation = new("https://www.npmjs.com/settings/~/tokens", "Npm:Token", "NPM_TOKEN");

    // npm adopted GitHub's format in 2021: thirty random base-62 characters and their CRC-32.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "npm-access-token",
            "npm",
            "npm access token",
            Patterns.Token("npm_[A-Za-z0-9]{36}", Patterns.Base62),
            new[] { "npm_" },
            Remediation)
        {
            Validator = token => Checksums.HasValidCrc32(token, "npm_".Length),
        },
    };
}
