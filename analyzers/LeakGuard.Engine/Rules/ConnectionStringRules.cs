using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ConnectionStringRules
{
    private static readonly Remediation Remediation = new("https://learn.microsoft.com/aspnet/core/security/app-secrets", "ConnectionStrings:Default", "ConnectionStrings__Default");

    private static readonly string[] Context = { "server", "data source", "host", "user id", "uid", "username", "database", "initial catalog" };

    // The secret is the password value only. A value starting with '{', '$', '%' or '<' is a reference to be
    // substituted ("{password}", "$(DbPassword)", "%DB_PASSWORD%", "<password>"), not a password.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "connection-string-password",
            "Database",
            "Password in a connection string",
            "(?i)(?:^|[;\"'\\s])(?:password|pwd)[ \\t]{0,3}=[ \\t]{0,3}(?<secret>[^;\"'\\s{$%<][^;\"'\\s]{0,127})(?:$|[;\"'\\s])",
            new[] { "password", "pwd" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            ContextKeywords = Context,
            IsPlausible = value => !Plausibility.IsOneOf(value, "password", "passwd", "pwd", "pass", "secret"),
        },
    };
}
