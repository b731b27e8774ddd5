using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class IpInfoRules
{
    private const string Key = "[0-9a-f]{14}";

    private static readonly Remediation Remediation = new("https://ipinfo.io/account/token", "IpInfo:Token", "IPINFO_TOKEN");

    // An IPinfo access token: 14 hex digits, too short to stand alone, so only on an ipinfo.io URL or under its name.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "ipinfo-token",
            "IPinfo",
            "IPinfo access token (14 hex digits for ipinfo.io)",
            Patterns.QueryParameter("ipinfo\\.io/", "token", Key) + "|" + Patterns.AssignedTo("ipinfo_?(?:api_?|access_?)?(?:token|key)", Key),
            new[] { "ipinfo" },
            Remediation)
        {
            ReferencedValue = Key,
            MinEntropy = 2.5,
        },
    };
}
