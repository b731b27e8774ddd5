using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ConnectionStringRules
{
    private static readonly Remediation Remediation = new("https://learn.microsoft.com/aspnet/core/security/app-secrets", "ConnectionStrings:Default", "ConnectionStrings__Default")
    {
        MovesWholeString = true,
    };

    private static readonly string[] Context = { "server", "data source", "host", "user id", "uid", "username", "database", "initial catalog" };

    // The secret is the password value only. "Password=" must open the string or follow a ';', with no space before
    // the '=': that is how connection strings are written, and it keeps code such as "password = await ..." out. A value starting with '{', '$', '%' or '<' is a reference to be
    // substituted ("{password}", "$(DbPassword)", "%DB_PASSWORD%", "<password>"), not a password.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "connection-string-password",
            "Database",
            "Password in a connection string",
            "(?i)(?:^|[;\"']|;[ \\t]{1,3})(?:password|pwd)=(?<secret>[^;\"'\\s{$%<][^;\"'\\s]{0,127})(?:$|[;\"'\\s])",
            new[] { "password", "pwd" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            ContextKeywords = Context,
            IsPlausible = value => !DemoPasswords.Contains(value),
        },
    };
}
