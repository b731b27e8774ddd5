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
    // What "dotnet nuget add source" (or "update source") writes into nuget.config as ClearTextPassword.
    private const string CommandLinePassword = "(?:[ \\t]-p|--password)[ \\t]{1,5}[\"']?(?<secret>[^\\s\"'$%{}<>]{6,200})[\"']?(?:$|[ \\t\\r\\n])";

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "nuget-api-key",
            "NuGet",
            "nuget.org API key",
            Patterns.Token("oy2[0-9a-z]{43}", Patterns.Base62),
            new[] { "oy2" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
        // A private feed's credentials in nuget.config (packageSourceCredentials), or on the command line that writes them
        // there: often an Azure Artifacts or GitHub Packages token. "Password" (without ClearText) holds a value encrypted
        // for one Windows user, so it is left out.
        new SecretRule(
            "nuget-config-password",
            "NuGet",
            "Clear-text password of a package source in nuget.config",
            $"(?i:<add[ \t]+key[ \t]*=[ \t]*\"ClearTextPassword\"[ \t]+value[ \t]*=[ \t]*\")(?<secret>[^\"\\s]{{6,300}})\"|{CommandLinePassword}[^\\r\\n]{{0,300}}--store-password-in-clear-text|--store-password-in-clear-text[^\\r\\n]{{0,300}}{CommandLinePassword}",
            new[] { "ClearTextPassword", "store-password-in-clear-text" },
            FeedRemediation)
        {
            MinEntropy = 2.5,
            // Also the docs' placeholders: a demo password, "ghp_&lt;token&gt;", "new-company-password".
            IsPlausible = value => !IsVariableReference(value) && !Plausibility.IsConstantName(value) && !DemoPasswords.Contains(value)
                && value.IndexOf("&lt;", StringComparison.Ordinal) < 0 && !Plausibility.IsMostlyWords(value),
        },
    };

    /// <summary>%NUGET_PAT% and $(FeedPassword) take the password from the environment: the safe way to write one.</summary>
    private static bool IsVariableReference(string value) =>
        (value.Length > 2 && value[0] == '%' && value[value.Length - 1] == '%') || value.StartsWith("$(", StringComparison.Ordinal) || value.StartsWith("${", StringComparison.Ordinal);
}
