using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class JdbcUrlRules
{
    private static readonly Remediation Remediation = new("https://docs.oracle.com/javase/tutorial/jdbc/basics/connecting.html", "ConnectionStrings:Default", "JDBC_URL")
    {
        MovesWholeString = true,
    };

    // A JDBC URL's password as a query parameter (PostgreSQL's, MySQL's and the others' "?user=…&password=…"); SQL
    // Server's ";password=" settings are connection-string-password's.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "jdbc-url-password",
            "Generic",
            "Password in a JDBC URL's query (jdbc:…?user=…&password=…)",
            "(?i)jdbc:[a-z0-9]{2,20}:[^\\s\"'`<>]{0,300}?[?&](?:password|pwd)=(?<secret>[^&;#\\s\"'`<>{}$%\\\\][^&;#\\s\"'`<>\\\\]{0,127})",
            new[] { "jdbc:" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            IsPlausible = value => value.Length >= 6 && PasswordValue.IsNoName(value),
            MadeLocally = true,
        },
    };
}
