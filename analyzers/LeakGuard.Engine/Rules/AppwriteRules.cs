using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class AppwriteRules
{
    private static readonly Remediation Remediation = new("https://cloud.appwrite.io/console", "Appwrite:ApiKey", "APPWRITE_API_KEY");

    // A server API key since Appwrite 1.5: "standard_" and 256 hex digits. It acts for the whole project, past every
    // permission; the project's id beside it is public.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "appwrite-api-key",
            "Appwrite",
            "Appwrite server API key",
            Patterns.Token("standard_[0-9a-f]{256}"),
            new[] { "standard_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
