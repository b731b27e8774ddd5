using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class HaproxyRulesSamples
{
    private static readonly string Password = FakeKey.Of("Stats", "!", FakeKey.Random(FakeKey.Base62, 10, 33));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("haproxy-password", "the statistics page's basic authentication", $"listen stats\n    bind *:8404\n    stats enable\n    stats uri /stats\n    stats auth admin:{Password}\n", Password)
        .FindsIn("haproxy-password", "a userlist's user in clear", $"userlist api_users\n    user ops insecure-password {Password}\n", Password)
        .FindsIn("haproxy-password", "a comment after the password", $"    stats auth admin:{Password}  # rotate yearly\n", Password)
        .Ignores("haproxy-password", "the password from the environment", "    stats auth admin:\"${HAPROXY_STATS_PASSWORD}\"\n    stats auth admin:${STATS_PASS}\n")
        .Ignores("haproxy-password", "a demo password", "    stats auth admin:admin\n    stats auth haproxy:password\n")
        .Ignores("haproxy-password", "a userlist's hashed password", "userlist api_users\n    user ops password $6$k6y3o.eP$JlKBx9za9667qe4xHSwRv6zP3vfQT6kqW8wrBCuu7aI.\n");
}
