using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class SnowflakeRules
{
    private static readonly Remediation Remediation = new("https://docs.snowflake.com/en/user-guide/admin-user-management", "Snowflake:Password", "SNOWFLAKE_PASSWORD");

    // A Snowflake user's password, as the Spark connector's sfPassword option or a snowflake:// URL holds it.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "snowflake-password",
            "Snowflake",
            "Snowflake user password (sfPassword, snowflake:// URL)",
            "(?i:sfPassword)[\"']?[ \t]{0,3}(?:->|:|=|,)[ \t]{0,3}[\"'](?<secret>[^\"'\\r\\n]{6,100})[\"']|snowflake://[^:/@\\s\"'\\[\\]\\\\{}<>]{1,60}:(?<secret>[^/@\\s\"'\\[\\]\\\\{}<>]{6,100})@",
            new[] { "sfpassword", "snowflake://" },
            Remediation)
        {
            MinEntropy = 2.5,
            Confidence = Confidence.Medium,
            IsPlausible = value => !DemoPasswords.Contains(value) && !Plausibility.IsConstantName(value) && value.IndexOf('{') < 0 && value.IndexOf("://", System.StringComparison.Ordinal) < 0,
            MadeLocally = true,
        },
    };
}
