using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class DockerRules
{
    private static readonly Remediation Remediation = new("https://app.docker.com/settings/personal-access-tokens", "Docker:Token", "DOCKER_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "docker-hub-pat",
            "Docker",
            "Docker Hub personal access token",
            Patterns.Token("dckr_pat_[A-Za-z0-9_-]{27}"),
            new[] { "dckr_pat_" },
            Remediation)
        {
            MinEntropy = 3,
        },
        new SecretRule(
            "docker-hub-oat",
            "Docker",
            "Docker Hub organization access token",
            Patterns.Token("dckr_oat_[A-Za-z0-9_-]{32}"),
            new[] { "dckr_oat_" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
