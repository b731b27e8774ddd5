using System.Collections.Generic;
using LeakGuard.Engine.Configuration;

namespace LeakGuard.Engine.Rules;

internal static class RedisRules
{
    private static readonly Remediation Remediation = new("https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/", "ConnectionStrings:Redis", "ConnectionStrings__Redis")
    {
        MovesWholeString = true,
    };

    // A weak password for a Redis on the developer's machine (LocalWeakPasswords); the match starts with the first host.
    private static readonly Allowlist LocalWeak = LocalWeakPasswords.Where(
        "^[\"'\\s=]?" + LocalWeakPasswords.Hosts + ":[0-9]{2,5},[^\\n]*password=" + LocalWeakPasswords.Password(",\"'\\s\\\\") + "[,\"'\\s\\\\]?$",
        AllowlistTarget.Match);

    // redis-server's options, as a shell line, a compose file's command list (["redis-server", "--requirepass", "…"]) or
    // a Helm chart's extra flags write them.
    private const string ServerOption = "--(?:requirepass|masterauth)(?:[\"']?[ \\t]{0,3},[ \\t]{0,3}|[ \\t]{1,3}|=)";

    // StackExchange.Redis writes its options after the endpoints, separated by commas ("cache:6379,ssl=true,
    // password=..."), where ADO.NET connection strings use ';'. The port and the comma-separated options make the
    // shape; a value starting with '{', '$', '%' or '<' is a reference to be substituted, not a password. A backslash
    // ends the value: in C# and JSON sources it escapes the quote that closes the string.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "redis-connection-password",
            "Redis",
            "Password in a StackExchange.Redis connection string",
            "(?i)(?:^|[\"'\\s=])[a-z0-9.-]{1,100}:[0-9]{2,5}(?:,[a-z0-9.-]{1,100}:[0-9]{2,5}){0,3},(?:[a-z]{1,30}=[^,\"'\\s]{0,60},){0,6}password=(?<secret>[^,\"'\\s\\\\{$%<][^,\"'\\s\\\\]{0,127})(?:$|[,\"'\\s\\\\])",
            new[] { "password=" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            IsPlausible = value => !DemoPasswords.Contains(value),
            Allowlist = LocalWeak,
            MadeLocally = true,
        },

        // redis.conf's requirepass (the default user's password) and masterauth (a replica's password on its master),
        // a directive at the start of its line, the value the rest of it.
        new SecretRule(
            "redis-config-password",
            "Redis",
            "Password in a redis.conf or on redis-server's command line (requirepass, masterauth)",
            "(?:^|\\n)[ \\t]*(?:requirepass|masterauth)[ \\t]+[\"']?(?<secret>[^\\s\"'$%{<#][^\\s\"']{3,127})[\"']?[ \\t]*(?:\\r|\\n|$)"
            + "|" + ServerOption + "[\"']?(?<secret>[^\\s\"'$%{<#-][^\\s\"'`;|&()]{3,127})(?:$|[\\s\"'`;|&)])",
            new[] { "requirepass", "masterauth" },
            new Remediation("https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/", "Redis:Password", "REDIS_PASSWORD"))
        {
            Confidence = Confidence.Medium,
            MinEntropy = 2.5,
            IsPlausible = PasswordValue.IsNoName,
            MadeLocally = true,
        },
    };
}
