using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class HaproxyRules
{
    private static readonly Remediation Remediation = new("https://www.haproxy.com/documentation/haproxy-configuration-tutorials/authentication/basic-authentication/", "HAProxy:StatsPassword", "HAPROXY_STATS_PASSWORD")
    {
        Steps = new[]
        {
            "Change the password: whoever has it can open the statistics page (and, with stats admin, drain or disable servers) or pass the userlist's check.",
            "Read it from the environment (stats auth admin:\"${HAPROXY_STATS_PASSWORD}\"), or store a hash with a userlist's password directive instead of insecure-password.",
        },
    };

    // The statistics page's basic authentication (stats auth user:password) and a userlist's user written in clear
    // (user name insecure-password …); a userlist's "password" takes a crypt(3) hash, which is not reported.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "haproxy-password",
            "HAProxy",
            "Password in an HAProxy configuration (stats auth user:password, a userlist's insecure-password)",
            "(?:^|\\n)[ \\t]*(?:stats[ \\t]{1,3}auth[ \\t]{1,3}[^\\s:]{1,64}:|user[ \\t]{1,3}[^\\s]{1,64}[ \\t]{1,3}insecure-password[ \\t]{1,3})"
            + "(?<secret>[^\\s\"'$%{<#][^\\s]{3,63})[ \\t]*(?:#[^\\r\\n]*)?(?:\\r|\\n|$)",
            new[] { "stats auth", "insecure-password" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            MinEntropy = 2.5,
            IsPlausible = value => PasswordValue.IsNoName(value) && !PasswordValue.IsStandIn(value),
            MadeLocally = true,
        },
    };
}
