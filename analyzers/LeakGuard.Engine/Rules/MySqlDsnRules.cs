using System.Collections.Generic;
using LeakGuard.Engine.Configuration;

namespace LeakGuard.Engine.Rules;

internal static class MySqlDsnRules
{
    private static readonly Remediation Remediation = new("https://github.com/go-sql-driver/mysql#dsn-data-source-name", "ConnectionStrings:Default", "DATABASE_DSN")
    {
        MovesWholeString = true,
    };

    // A weak password for a MySQL on the developer's machine (LocalWeakPasswords); the match ends with the host.
    private static readonly Allowlist LocalWeak = LocalWeakPasswords.Where(
        ":" + LocalWeakPasswords.Password("@:") + "@(?:tcp6?|unix)\\(" + LocalWeakPasswords.Hosts,
        AllowlistTarget.Match);

    // Go's MySQL driver (go-sql-driver/mysql), and the DSNs that copy it, write "user:password@tcp(host:3306)/db"; the
    // protocol in front of the parenthesised address makes the shape.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "mysql-dsn-password",
            "Generic",
            "Password in a Go MySQL data source name (user:password@tcp(host:port)/database)",
            "(?:^|[\"'`=\\s])[A-Za-z0-9_.-]{1,64}:(?<secret>[^@/\\s\"'`<>{}$%:\\\\][^@/\\s\"'`<>\\\\]{0,126})@(?:tcp6?|unix)\\([A-Za-z0-9._:\\[\\]/-]{0,260}",
            new[] { "@tcp(", "@tcp6(", "@unix(" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            IsPlausible = value => value.Length >= 6 && PasswordValue.IsNoName(value),
            Allowlist = LocalWeak,
            MadeLocally = true,
        },
    };
}
