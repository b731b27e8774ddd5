using System;
using System.Collections.Generic;
using LeakGuard.Engine.Configuration;

namespace LeakGuard.Engine.Rules;

internal static class RedisRules
{
    private static readonly Remediation Remediation = new("https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/", "ConnectionStrings:Redis", "ConnectionStrings__Redis")
    {
        MovesWholeString = true,
    };

    // StackExchange.Redis writes its options after the endpoints, separated by commas ("cache:6379,ssl=true,
    // password=..."), where ADO.NET connection strings use ';'. The port and the comma-separated options make the
    // shape; a value starting with '{', '$', '%' or '<' is a reference to be substituted, not a password. A backslash
    // ends the value: in C# and JSON sources it escapes the quote that closes the string.
    // A weak password (under 8 characters, or digits only) for a Redis on the developer's own machine guards nothing
    // anyone else can reach, as for connection strings (ConnectionStringRules). The match starts with the first host.
    private static readonly Allowlist LocalWeakPasswords = new(
        Array.Empty<string>(),
        new[] { CompiledRule.Build("(?i)^[\"'\\s=]?(?:localhost|127\\.0\\.0\\.1|host\\.docker\\.internal):[0-9]{2,5},[^\\n]*password=(?:[^,\"'\\s\\\\]{1,7}|[0-9]{8,16})[,\"'\\s\\\\]?$", TimeSpan.FromMilliseconds(100)) },
        Array.Empty<string>(),
        AllowlistTarget.Match);

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
            Allowlist = LocalWeakPasswords,
        },
    };
}
