using System;
using System.Collections.Generic;
using LeakGuard.Engine.Configuration;

namespace LeakGuard.Engine.Rules;

internal static class UriCredentialRules
{
    private static readonly Remediation Remediation = new("https://learn.microsoft.com/aspnet/core/security/app-secrets", "ConnectionStrings:Default", "DATABASE_URL")
    {
        MovesWholeString = true,
    };

    // The match ends with the host: a weak password for a service on the developer's machine (LocalWeakPasswords), or
    // any password for a host that cannot be real, as documentation and tests write them (RFC 2606's example.com and
    // .test, .example, .invalid; "fake-sentry.io").
    private static readonly Allowlist NotReal = Allowlist.OfPatterns(
        AllowlistTarget.Match,
        "(?i):" + LocalWeakPasswords.Password("@:") + "@" + LocalWeakPasswords.Hosts + "$",
        "(?i)@(?:[a-z0-9-]+\\.)*(?:example\\.(?:com|net|org)|[a-z0-9-]+\\.(?:example|test|invalid)|fake[a-z0-9-]*(?:\\.[a-z0-9-]+)+)$");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        UriPassword("postgres-uri-password", "a PostgreSQL connection URI", "postgres(?:ql)?(?:\\+[a-z0-9]{1,20})?", new[] { "postgres://", "postgresql://", "postgresql+" }),
        UriPassword("mysql-uri-password", "a MySQL or MariaDB connection URI", "(?:mysql|mariadb)(?:\\+[a-z0-9]{1,20})?", new[] { "mysql://", "mariadb://", "mysql+" }),
        UriPassword("mongodb-uri-password", "a MongoDB connection URI", "mongodb(?:\\+srv)?", new[] { "mongodb://", "mongodb+srv://" }),

        // Redis has passwords without user names ("redis://:secret@host").
        UriPassword("redis-uri-password", "a Redis connection URI", "rediss?", new[] { "redis://", "rediss://" }, minUserLength: 0),
        UriPassword("amqp-uri-password", "an AMQP (RabbitMQ) connection URI", "amqps?", new[] { "amqp://", "amqps://" }),
        UriPassword("smtp-uri-password", "an SMTP URI", "smtps?", new[] { "smtp://", "smtps://" }),

        // Documentation writes "https://user:pass@example.com" everywhere; real basic-auth passwords are longer.
        UriPassword("url-basic-auth-password", "an HTTP(S) or FTP URL (basic authentication)", "(?:https?|ftps?|sftp)", new[] { "http://", "https://", "ftp://", "ftps://", "sftp://" }, minPasswordLength: 6),
    };

    // A template's hole for the user name, the password written out after it: "mongodb+srv://${user}:…@", "{user}", "%s".
    private const string UserHole = "\\$?\\{[a-z0-9_.]{1,40}\\}|%s";

    /// <summary>
    /// The password of <c>scheme://user:password@host</c>. A value starting with '{', '$' or '%' is a variable to be
    /// substituted, and default passwords ("postgres", "guest") are not worth an alarm.
    /// </summary>
    private static SecretRule UriPassword(string id, string what, string scheme, string[] keywords, int minUserLength = 1, int minPasswordLength = 1) =>
        new(
            id,
            "URI",
            "Password in " + what,
            "(?i)(?:^|[^a-z0-9+.-])(?:" + scheme + ")://(?:[^:@/\\s\"'<>{}$]{" + minUserLength + ",64}|" + UserHole + "):(?<secret>[^@/\\s\"\\'<>{}$%:\\\\](?:[^@/\\s\"\\'<>]{0,126}[^@/\\s\"\\'<>\\\\])?)@[a-z0-9._-]{1,253}",
            keywords,
            Remediation)
        {
            Confidence = Confidence.Medium,
            // Measured as written in the URL would count "he%2F%2Fo" (pip's documentation) as nine characters.
            IsPlausible = value => Uri.UnescapeDataString(value).Length >= minPasswordLength
                && !DemoPasswords.Contains(Uri.UnescapeDataString(value)),
            Allowlist = NotReal,
            MadeLocally = true,
        };
}
