using System;
using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class NuGetRules
{
    private static readonly Remediation Remediation = new("https://www.nuget.org/account/apikeys", "NuGet:ApiKey", "NUGET_API_KEY");

    private static readonly Remediation FeedRemediation = new(
        "https://learn.microsoft.com/nuget/consume-packages/consuming-packages-authenticated-feeds",
        "NuGet:FeedPassword",
        "NUGET_FEED_PASSWORD");

    // nuget.org keys are "oy2" and 43 base-32 characters whose bit layout fixes the alphabet at a few positions
    // (the layout Microsoft's security-utilities documents as SEC101/030).
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "nuget-api-key",
            "NuGet",
            "nuget.org API key",
            Patterns.Token("oy2[a-p][0-9a-z]{15}[aq][0-9a-z]{11}[eu][bdfhjlnprtvxz357][a-p][0-9a-z]{11}[aeimquy4]", Patterns.Base62),
            new[] { "oy2" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
        // A private feed's credentials in nuget.config (packageSourceCredentials): often an Azure Artifacts or GitHub
        // Packages token. "Password" (without ClearText) holds a value encrypted for one Windows user, so it is left out.
        new SecretRule(
            "nuget-config-password",
            "NuGet",
            "Clear-text password of a package source in nuget.config",
            "(?i:<add[ \t]+key[ \t]*=[ \t]*\"ClearTextPassword\"[ \t]+value[ \t]*=[ \t]*\")(?<secret>[^\"\\s]{6,300})\"",
            new[] { "ClearTextPassword" },
            FeedRemediation)
        {
            MinEntropy = 2.5,
            IsPlausible = value => !IsVariableReference(value) && !Plausibility.IsConstantName(value),
        },
    };

    /// <summary>%NUGET_PAT% and $(FeedPassword) take the password from the environment: the safe way to write one.</summary>
    private static bool IsVariableReference(string value) =>
        (value.Length > 2 && value[0] == '%' && value[value.Length - 1] == '%') || value.StartsWith("$(", StringComparison.Ordinal) || value.StartsWith("${", StringComparison.Ordinal);
}
