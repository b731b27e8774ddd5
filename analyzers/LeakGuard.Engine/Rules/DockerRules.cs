using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace LeakGuard.Engine.Rules;

internal static class DockerRules
{
    private static readonly Remediation Remediation = new("https://app.docker.com/settings/personal-access-tokens", "Docker:Token", "DOCKER_TOKEN");

    private static readonly Remediation RegistryRemediation = new("https://docs.docker.com/reference/cli/docker/login/#credential-stores", "Docker:RegistryPassword", "DOCKER_PASSWORD")
    {
        Steps = new[]
        {
            "Change the password or revoke the token of that registry account: the value is only base 64 of user:password, which anyone can read.",
            "Let docker login keep credentials in a credential store (credsStore, credHelpers) instead of config.json, and in CI log in from the CI's secret variables.",
        },
    };

    private static readonly string[] Auths = { "auths" };

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
            Patterns.Token("dckr_oat_(?:[A-Za-z0-9_-]{27}|[A-Za-z0-9_-]{32})"),
            new[] { "dckr_oat_" },
            Remediation)
        {
            MinEntropy = 3,
        },

        // A registry credential that docker login wrote into config.json (also the .dockerconfigjson of a Kubernetes
        // pull secret, or that JSON escaped in a Terraform or C# string): base 64 of "user:password". Medium, so that a
        // provider's token inside it (a GitHub token as the password of ghcr.io) is reported as that provider's. No
        // upper bound: Red Hat's pull secrets and ECR's are base 64 of a long token (1,500 and 2,400 characters).
        new SecretRule(
            "docker-config-auth",
            "Docker",
            "Registry user and password in a Docker config.json (auths.*.auth)",
            "\\\\?\"auth\\\\?\"[ \t]{0,3}:[ \t]{0,3}\\\\?\"(?<secret>[A-Za-z0-9+/]{8,}={0,2})\\\\?\"",
            Auths,
            RegistryRemediation)
        {
            Confidence = Confidence.Medium,
            ContextKeywords = Auths,
            IsPlausible = IsUserAndPassword,
            MadeLocally = true,
        },
    };

    /// <summary>Base 64 of "user:password", printable, with a password that is not a demo one.</summary>
    private static bool IsUserAndPassword(string value)
    {
        // The pattern admits base 64 characters with at most two '=' at the end: of a length divisible by four, that
        // always decodes.
        if (value.Length % 4 != 0)
        {
            return false;
        }

        // "echo user:password | base64" encodes the newline too.
        var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(value)).TrimEnd('\r', '\n');
        var colon = decoded.IndexOf(':');
        return colon > 0
            && decoded.Length - colon - 1 >= 4
            && decoded.All(c => c >= ' ' && c < '\u007f')
            && !DemoPasswords.IsBasicCredential(value)
            && !Placeholders.IsPlaceholder(decoded.Substring(colon + 1), madeByPeople: true);
    }
}
